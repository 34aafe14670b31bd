package nl.samenplan.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Vaadin Flow's client-server protocol, as the browser's client engine speaks it: the page, the UI's start
 * ({@code ?v-r=init}) and the round trips ({@code ?v-r=uidl}) with RPC events on node ids that the responses give
 * by the components' ids. The session keeps the UI id, the client id the server expects next and the sync id. Every
 * response is checked for what a browser would show as trouble: session expired, an application or communication
 * error, or an error notification.
 */
final class Uidl {

    private Uidl() {
    }

    /** The node id of the element whose id attribute the response sets to {@code id} (a regular expression). */
    static String nodeOf(String id) {
        return "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + id + "\"\\}";
    }

    static CheckBuilder.Final node(String id, String saveAs) {
        return regex(nodeOf(id)).saveAs(saveAs);
    }

    /**
     * What a browser would show as an error; a response with any of them fails the request: the session expired
     * (except where it is expected, the log-out), an application error, an error notification (Notification with
     * the error theme, as every screen shows errors).
     */
    static List<CheckBuilder> noTrouble(boolean sessionEnds) {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(status().is(200));
        if (!sessionEnds) {
            checks.add(substring("sessionExpired").notExists());
        }
        checks.add(substring("appError").notExists());
        checks.add(regex("\"key\":\"theme\",\"feat\":\\d+,\"value\":\"error\"").notExists());
        return checks;
    }

    /**
     * A page as the browser loads it: the page, the UI's start ({@code v-r=init}, whose response gives the UI id and
     * the ids to count from), then the client engine's first navigation to the location, whose response is checked.
     */
    static ChainBuilder open(String name, String location, CheckBuilder... expect) {
        return exec(http(name + " page").get("/" + location).check(status().is(200)))
                .exec(init(name + " init", location))
                .exec(rpc(name, navigate(location, ""), expect));
    }

    static HttpRequestActionBuilder init(String name, String location) {
        List<CheckBuilder> checks = new ArrayList<>(noTrouble(false));
        checks.add(regex("\"v-uiId\":(\\d+)").saveAs("uiId"));
        checks.add(regex("\"syncId\":(-?\\d+)").saveAs("syncId"));
        checks.add(regex("\"clientId\":(\\d+)").saveAs("clientId"));
        return http(name).get("/?v-r=init&location=" + location + "&query=").check(checks);
    }

    /** One round trip with these RPC invocations (a JSON array, Gatling expressions allowed). */
    static HttpRequestActionBuilder rpc(String name, String invocations, CheckBuilder... expect) {
        return rpc(name, false, invocations, expect);
    }

    /**
     * The same, for the log-out, whose response ends the session. The XSRF check is off (the loadtest profile), so
     * the token is a placeholder, as the sync id the server does not check there.
     */
    static HttpRequestActionBuilder rpc(String name, boolean sessionEnds, String invocations, CheckBuilder... expect) {
        List<CheckBuilder> checks = new ArrayList<>(noTrouble(sessionEnds));
        checks.add(regex("\"syncId\":(-?\\d+)").saveAs("syncId"));
        checks.add(regex("\"clientId\":(\\d+)").saveAs("clientId"));
        checks.addAll(List.of(expect));
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody("{\"csrfToken\":\"off\",\"rpc\":" + invocations
                        + ",\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(checks);
    }

    /** A click on the element with this node id (the session attribute's name). */
    static String click(String node) {
        return "[{\"type\":\"event\",\"node\":#{" + node + "},\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":10,"
                + "\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,"
                + "\"event.screenX\":10}}]";
    }

    /** A value typed into a field, synchronised on the DOM event the field listens to (change, value-changed). */
    static String type(String node, String value, String domEvent) {
        return "[{\"type\":\"mSync\",\"node\":#{" + node + "},\"feature\":1,\"property\":\"value\",\"value\":\""
                + value + "\"},{\"type\":\"event\",\"node\":#{" + node + "},\"event\":\"" + domEvent
                + "\",\"data\":{}}]";
    }

    /** A router link followed in the browser: the client engine's navigation event on the UI (node 1). */
    static String navigate(String route) {
        return navigate(route, "link");
    }

    static String navigate(String route, String trigger) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\""
                + trigger + "\"}}]";
    }
}

package nl.samenplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's worth of HTTP, as headless Chromium does it against Vaadin 24.9 (recorded from its network log): the
 * log-in page's bootstrap, its UI init ({@code ?v-r=init}) and {@code ui-navigate} message; the form post to
 * {@code /login} with Spring Security's CSRF token from the page's {@code _csrf} meta element; then the bootstrap of
 * {@code /}, its UI init and {@code ui-navigate}, which forwards to the role's landing page; then what the page's
 * lists send back at once (a Grid's {@code confirmUpdate} for every data update). Its own cookies (one session); no
 * static resources (the browser caches them; they do not touch the session). Not thread-safe: one user, one thread.
 */
final class VaadinHttpUser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient http;
    private String vaadinCsrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private String landing = "";
    private boolean loginPageLeftOpen;

    VaadinHttpUser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /** Logs in through the form and opens the landing page; returns the UIDL answer that drew it. */
    String logInAndOpenLandingPage(String username, String password) throws IOException, InterruptedException {
        String page = get("/login");
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No _csrf meta element in the log-in page");
        }
        openUi("login", "/login");
        int logInUi = uiId;
        String form = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("login") || location.contains("fout")) {
            throw new IllegalStateException(username + " was not logged in: " + posted.statusCode() + " to "
                    + location);
        }
        get("/");
        landing = "";
        openUi("", "/");
        loginPageLeftOpen = heartbeat(logInUi) == 200;
        return landing;
    }

    /** Vaadin's heartbeat for this user's UI, which keeps it from being closed as abandoned. */
    void heartbeat() throws IOException, InterruptedException {
        int status = heartbeat(uiId);
        if (status != 200) {
            throw new IllegalStateException("Heartbeat answered " + status);
        }
    }

    /** Whether the log-in page's UI still answered its heartbeat after the log-in (it should have been closed). */
    boolean loginPageLeftOpen() {
        return loginPageLeftOpen;
    }

    private int heartbeat(int ui) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + ui)).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode();
    }

    private void openUi(String location, String route) throws IOException, InterruptedException {
        JsonNode init = JSON.readTree(get("/?v-r=init&location=" + enc(location) + "&query="));
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        vaadinCsrf = config.path("uidl").path("Vaadin-Security-Key").asText();
        syncId = config.path("uidl").path("syncId").asInt(0);
        clientId = 0;
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data").put("route", route).put("query", "").put("appShellTitle", "Samenplan")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        ArrayNode rpc = JSON.createArrayNode().add(navigate);
        // what a Grid or VirtualList of the page confirms, until nothing is left to confirm
        for (int round = 0; round < 5 && !rpc.isEmpty(); round++) {
            rpc = confirmations(uidl(rpc));
        }
    }

    private JsonNode uidl(ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", vaadinCsrf);
        message.set("rpc", rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .timeout(TIMEOUT).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build());
        String body = response.body();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + response.statusCode() + ": " + body);
        }
        JsonNode json = JSON.readTree(body.substring(body.indexOf(body.startsWith("for(;;);") ? '[' : body.charAt(0))));
        JsonNode answer = json.isArray() ? json.get(0) : json;
        if (answer.has("meta") && answer.path("meta").has("appError")) {
            throw new IllegalStateException("Vaadin reported an error: " + answer.path("meta"));
        }
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId + 1);
        String text = answer.toString();
        if (landing.isEmpty()) {
            landing = text; // the answer to ui-navigate: the page
        }
        return answer;
    }

    /** The {@code $connector.confirm(id)} calls of a Grid become {@code confirmUpdate(id)} back, as gridConnector does. */
    private static ArrayNode confirmations(JsonNode answer) {
        ArrayNode rpc = JSON.createArrayNode();
        for (JsonNode call : answer.path("execute")) {
            String script = call.get(call.size() - 1).asText();
            if (!script.contains("$connector.confirm(")) {
                continue;
            }
            Integer node = null;
            Integer id = null;
            for (int i = 0; i < call.size() - 1; i++) {
                if (call.get(i).has("@v-node")) {
                    node = call.get(i).get("@v-node").asInt();
                } else if (call.get(i).isInt()) {
                    id = call.get(i).asInt();
                }
            }
            if (node != null && id != null) {
                ObjectNode confirm = rpc.addObject().put("type", "publishedEventHandler").put("node", node)
                        .put("templateEventMethodName", "confirmUpdate").put("promise", 0);
                confirm.putArray("templateEventMethodArgs").add(id);
            }
        }
        return rpc;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET()
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

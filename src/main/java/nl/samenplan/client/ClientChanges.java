package nl.samenplan.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Which fields of a client changed, as message keys for the history ("adres, telefoon"). */
final class ClientChanges {

    private static final List<Field> FIELDS = List.of(
            new Field("client.field.firstName", ClientData::firstName),
            new Field("client.field.lastName", ClientData::lastName),
            new Field("client.field.callName", ClientData::callName),
            new Field("client.field.dateOfBirth", ClientData::dateOfBirth),
            new Field("client.field.address", ClientData::address),
            new Field("client.field.postcode", ClientData::postcode),
            new Field("client.field.village", ClientData::village),
            new Field("client.field.phone", ClientData::phone),
            new Field("client.field.email", ClientData::email),
            new Field("client.field.status", ClientData::status),
            new Field("client.field.fundingDomains", ClientData::fundingDomains),
            new Field("client.field.importantToMe", ClientData::importantToMe));

    private ClientChanges() {
    }

    /** The keys of the changed fields, comma separated; empty when nothing changed. */
    static String between(ClientData before, ClientData after) {
        List<String> changed = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.value().apply(before), field.value().apply(after))) {
                changed.add(field.key());
            }
        }
        return String.join(",", changed);
    }

    private record Field(String key, Function<ClientData, Object> value) {
    }
}

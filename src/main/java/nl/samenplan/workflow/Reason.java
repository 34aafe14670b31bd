package nl.samenplan.workflow;

import java.util.List;

/** Why the rules propose, skip or block something: a message key and its parameters, shown in plain Dutch. */
public record Reason(String key, List<Object> params) {

    public Reason {
        params = List.copyOf(params);
    }

    public static Reason of(String key, Object... params) {
        return new Reason(key, List.of(params));
    }
}

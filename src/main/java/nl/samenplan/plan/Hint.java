package nl.samenplan.plan;

import java.util.List;

/** A reason in words the screen translates: a message key and its parameters. */
public record Hint(String key, List<Object> params) {

    public Hint {
        params = List.copyOf(params);
    }
}

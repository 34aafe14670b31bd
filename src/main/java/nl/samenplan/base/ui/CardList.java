package nl.samenplan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** A list of cards that loads its items anew on {@link #refresh()} and says what to do when it is empty. */
public class CardList<T> extends Div {

    private final String emptyKey;
    private final Supplier<List<T>> items;
    private final Function<T, Component> card;

    public CardList(String id, String emptyKey, Supplier<List<T>> items, Function<T, Component> card) {
        this.emptyKey = emptyKey;
        this.items = items;
        this.card = card;
        setId(id);
    }

    public void refresh() {
        removeAll();
        List<T> all = items.get();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("empty-state");
            add(empty);
        }
        all.forEach(item -> add(card.apply(item)));
    }
}

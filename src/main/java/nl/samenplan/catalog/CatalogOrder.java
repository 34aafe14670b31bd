package nl.samenplan.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import nl.samenplan.base.Changed;
import nl.samenplan.catalog.CatalogService.Item;

/**
 * Moving one catalogue entry up or down, on the list as the beheerder saw it. If the list is not the same any
 * more (another beheerder moved, added or changed an entry since), nothing moves and the user is told who
 * changed it: a move on a stale list would scramble the other person's order. Otherwise the entry swaps places
 * with its neighbour and the whole list is numbered 1, 2, 3, ... again.
 */
final class CatalogOrder<T> {

    /** Gives an entry its new place, stamped with who moved it. */
    @FunctionalInterface
    interface MoveTo<T> {
        void apply(T entry, int sortOrder, String by);
    }

    private final Function<T, Long> id;
    private final ToLongFunction<T> version;
    private final Function<T, String> changedBy;
    private final MoveTo<T> moveTo;

    CatalogOrder(Function<T, Long> id, ToLongFunction<T> version, Function<T, String> changedBy, MoveTo<T> moveTo) {
        this.id = id;
        this.version = version;
        this.changedBy = changedBy;
        this.moveTo = moveTo;
    }

    /** {@code current} in its order now (locked); {@code seen} the list the user saw; {@code by} the user. */
    void move(List<T> current, List<Item> seen, long movedId, boolean up, String by) {
        List<Long> seenIds = seen.stream().map(Item::id).toList();
        List<Long> currentIds = current.stream().map(id).toList();
        if (!seenIds.equals(currentIds)) {
            throw Changed.meanwhile("error.catalog.orderChanged", whoChanged(current, seen));
        }
        int from = currentIds.indexOf(movedId);
        int to = up ? from - 1 : from + 1;
        if (from < 0 || to < 0 || to >= current.size()) {
            return; // already first or last: nothing to move
        }
        List<T> reordered = new ArrayList<>(current);
        reordered.set(from, current.get(to));
        reordered.set(to, current.get(from));
        for (int i = 0; i < reordered.size(); i++) {
            moveTo.apply(reordered.get(i), i + 1, by);
        }
    }

    /** Who changed the list: the last to change an entry whose version the user did not see. */
    private String whoChanged(List<T> current, List<Item> seen) {
        return current.stream().filter(t -> seen.stream().noneMatch(i -> id.apply(t).equals(i.id())
                        && i.version() == version.applyAsLong(t)))
                .map(changedBy).filter(Objects::nonNull).findFirst().orElse(null);
    }
}

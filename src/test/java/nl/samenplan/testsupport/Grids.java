package nl.samenplan.testsupport;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;

/** Reads what a grid shows in a column, row by row, whatever the renderer. */
public final class Grids {

    private Grids() {
    }

    public static List<String> texts(Grid<?> grid, String columnKey) {
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            texts.add(GridKt._getCellComponent(grid, row, columnKey).getElement().getTextRecursively());
        }
        return texts;
    }
}

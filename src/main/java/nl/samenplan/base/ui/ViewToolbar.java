package nl.samenplan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The bar above a view's content: filters on the left, the important action first on the right. */
public class ViewToolbar extends Header {

    public ViewToolbar(Component... components) {
        addClassName("view-toolbar");
        HorizontalLayout row = new HorizontalLayout(components);
        row.setWidthFull();
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.END);
        add(row);
    }
}

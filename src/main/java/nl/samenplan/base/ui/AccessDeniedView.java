package nl.samenplan.base.ui;

import nl.samenplan.base.PageRefused;
import org.springframework.context.ApplicationEventPublisher;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** "Geen toegang": a logged-in user opened a page their role may not use (also by typing the URL). */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    private final transient ApplicationEventPublisher events;

    public AccessDeniedView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        events.publishEvent(new PageRefused(event.getLocation().getPath()));
        removeAll();
        addClassName("error-view");
        setId("access-denied");
        add(new H2(getTranslation("error.accessDenied.title")),
                new Paragraph(getTranslation("error.accessDenied.text")),
                new Anchor("", getTranslation("error.toHome")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title");
    }
}

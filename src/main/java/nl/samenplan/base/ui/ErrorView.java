package nl.samenplan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenplan.base.ErrorMessages;
import nl.samenplan.base.ErrorMessages.Classification;
import nl.samenplan.base.ErrorMessages.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page for every error while a page opens, in place of Vaadin's English page with its root cause: an unknown
 * plan version shows the rule's own Dutch message, a database that cannot be reached says so and to try again in a
 * moment, anything unexpected says that something went wrong and gives a reference that is also in the log. Inside
 * the normal frame, with a link home (and one to try again where that may help). A route that does not exist and a
 * view the role may not open keep their own pages ({@link NotFoundView}, {@link AccessDeniedView}): Vaadin picks the
 * most specific exception type.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable error = parameter.getCaughtException();
        Classification classification = ErrorMessages.classify(error);
        Kind kind = classification.kind();
        String reference = ErrorHandling.log(LOG, classification, error,
                "while opening " + event.getLocation().getPath());
        removeAll();
        addClassName("error-view");
        setId("error-view");
        String text;
        if (kind == Kind.RULE) {
            title = getTranslation(classification.notFound() ? "error.page.notFound.title" : "error.page.rule.title");
            text = getTranslation(classification.messageKey(), classification.parameters());
        } else {
            title = getTranslation(kind.pageKey() + ".title");
            text = getTranslation(kind.pageKey() + ".text");
        }
        H2 heading = new H2(title);
        Paragraph explanation = new Paragraph(text);
        explanation.setId("error-view-text");
        add(heading, explanation);
        boolean forTheAdministrator = kind != Kind.RULE && kind != Kind.ACCESS_DENIED;
        if (forTheAdministrator) {
            Paragraph code = new Paragraph(getTranslation("error.page.reference", reference));
            code.setId("error-view-reference");
            code.addClassName("error-reference");
            add(code);
        }
        Div links = new Div();
        links.addClassName("error-links");
        if (forTheAdministrator) {   // a busy or unreachable database, a race, a fault: trying again may help
            Anchor retry = new Anchor(event.getLocation().getPathWithQueryParameters(),
                    getTranslation("error.page.retry"));
            retry.setId("error-view-retry");
            links.add(retry);
        }
        Anchor home = new Anchor("", getTranslation("error.toHome"));
        home.setId("error-view-home");
        links.add(home);
        add(links);
        return statusFor(classification);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The HTTP status of the page, for the first load of a URL. */
    static int statusFor(Classification classification) {
        return switch (classification.kind()) {
            case RULE -> classification.notFound() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST;
            case ACCESS_DENIED -> HttpServletResponse.SC_FORBIDDEN;
            case CONCURRENT_CHANGE, SAVED_AT_THE_SAME_TIME -> HttpServletResponse.SC_CONFLICT;
            case BUSY, DATABASE_UNREACHABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            case CLIENT_GONE, INVALID_VALUE, UNEXPECTED -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        };
    }
}

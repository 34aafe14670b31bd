package nl.samenplan.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import java.util.List;
import jakarta.annotation.security.PermitAll;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.CurrentUser;

/**
 * The root address sends each role to its own landing page. A log-in ends here: the form post reloads the page
 * without a word to Vaadin, so the log-in page's UI would stay in the session until its heartbeats are missed (15
 * minutes); it is closed here instead (issue 16: memory per logged-in user).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.find().ifPresentOrElse(
                user -> {
                    closeLogInPagesLeftBehind(event.getUI());
                    event.forwardTo(user.role().landingRoute());
                },
                () -> event.forwardTo(LoginView.class));
    }

    /** The other UIs of this session that still show the log-in page or a log-in step: gone with the next request. */
    static void closeLogInPagesLeftBehind(UI current) {
        for (UI other : List.copyOf(current.getSession().getUIs())) {
            if (other != current && other.getInternals().getActiveRouterTargetsChain().stream()
                    .anyMatch(target -> target instanceof LoginView || target instanceof LoginStepView)) {
                other.close();
            }
        }
    }
}

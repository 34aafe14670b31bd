package nl.samenplan.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.CurrentUser;

/** The root address sends each role to its own landing page. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.find().ifPresentOrElse(
                user -> event.forwardTo(user.role().landingRoute()),
                () -> event.forwardTo(LoginView.class));
    }
}

package nl.samenplan.base.ui;

import nl.samenplan.base.UserDisplay;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.security.Principal;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame of every screen after login: the menu (only what the role may use), who is logged in and
 * in which role, the language switch and logout. Menu entries come from the views' {@code @Menu}
 * annotations, whose titles are translation keys; the access check runs once more here so that the
 * menu never shows a view the role cannot open.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainLayout.class);

    private final AuthenticationContext authenticationContext;
    private final AccessAnnotationChecker accessChecker;
    private final H1 viewTitle = new H1();
    private final java.util.List<MenuBadge> badges;
    private final java.util.Map<String, SideNavItem> items = new java.util.HashMap<>();

    public MainLayout(AuthenticationContext authenticationContext, AccessAnnotationChecker accessChecker,
            java.util.List<MenuBadge> badges,
            @Value("${samenplan.security.session.idle-timeout}") Duration idleTimeout,
            @Value("${samenplan.security.session.warning-before}") Duration warningBefore) {
        this.authenticationContext = authenticationContext;
        this.badges = badges;
        this.accessChecker = accessChecker;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        viewTitle.addClassName("view-title");
        // the warning before the idle time-out, on every page after log-in (a closed dialog takes no room)
        addToNavbar(toggle, viewTitle, new IdleWarning(idleTimeout, warningBefore, authenticationContext::logout));
        addToDrawer(appName(), new Scroller(menu()), userPanel());
    }

    private Div appName() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("app-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("app-tagline");
        Div header = new Div(name, tagline);
        header.addClassName("app-header");
        return header;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu"));
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.menuClass() != null && !accessChecker.hasAccess(entry.menuClass())) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
            items.put(entry.path().replaceFirst("^/", ""), item);
        }
        return nav;
    }

    /** Counts the menu's numbers anew after the user changed something on the page. */
    public static void refreshBadges(com.vaadin.flow.component.Component inside) {
        MainLayout layout = inside.findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshBadges();
        }
    }

    /** The numbers next to the menu items, counted anew. */
    private void refreshBadges() {
        for (MenuBadge badge : badges) {
            SideNavItem item = items.get(badge.route());
            if (item == null) {
                continue;
            }
            int count = countOf(badge);
            if (count <= 0) {
                item.setSuffixComponent(null);
                continue;
            }
            Span number = new Span(String.valueOf(count));
            number.getElement().getThemeList().add("badge error primary small pill");
            number.getElement().setAttribute("title", getTranslation(badge.labelKey(), count));
            number.getElement().setAttribute("aria-label", getTranslation(badge.labelKey(), count));
            number.addClassName("menu-badge");
            number.setId("menu-badge-" + badge.route().replace('/', '-'));
            item.setSuffixComponent(number);
        }
    }

    /**
     * A number that cannot be counted now (the database is gone) is left out, so that the page, or the error page
     * that says the database cannot be reached, still shows.
     */
    private static int countOf(MenuBadge badge) {
        try {
            return badge.count();
        } catch (RuntimeException e) {
            LOG.warn("Menu number for {} not counted: {}", badge.route(), String.valueOf(e));
            return 0;
        }
    }

    private VerticalLayout userPanel() {
        Span name = new Span();
        Span role = new Span();
        name.addClassName("user-name");
        role.addClassName("user-role");
        authenticationContext.getPrincipalName().ifPresent(name::setText);
        authenticationContext.getAuthenticatedUser(Object.class).ifPresent(principal -> {
            if (principal instanceof UserDisplay display) {
                name.setText(display.displayName());
                role.setText(getTranslation(display.roleLabelKey()));
                display.teamName().ifPresent(team -> role.setText(role.getText() + " · " + team));
            } else if (principal instanceof Principal p) {
                name.setText(p.getName());
            }
        });
        name.setId("current-user-name");
        role.setId("current-user-role");

        Button logout = new Button(getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout actions = new HorizontalLayout(new LanguageSwitch(), logout);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        VerticalLayout panel = new VerticalLayout(name, role, actions);
        panel.addClassName("user-panel");
        panel.setSpacing(false);
        return panel;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title);
        refreshBadges();
        // a new page starts at the top, also when the previous one was scrolled down
        getElement().executeJs("const c = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + "if (c) { c.scrollTop = 0; } window.scrollTo(0, 0);"
                + "if ($0) { document.title = $0 + ' · ' + $1; }", title, getTranslation("app.name"));
    }
}

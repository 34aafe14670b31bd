package nl.samenplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The package rules of ARCHITECTURE.md, checked on every build. */
class ArchitectureTest {

    /** The application's own code (not the libraries it uses). */
    private static final DescribedPredicate<JavaClass> FEATURE_CODE = resideInAPackage("nl.samenplan..");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.samenplan");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("nl.samenplan.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage("nl.samenplan.base..")
                .should().dependOnClassesThat(FEATURE_CODE.and(resideOutsideOfPackage("nl.samenplan.base..")))
                .check(CLASSES);
    }

    /**
     * A view, its dialogs and sections live in a {@code ui} package; nothing outside one imports them: a service, a
     * job or the principal never depends on the screens (what the layout shows of the user is
     * {@code base.UserDisplay}). The one exception is the web security configuration: Vaadin's configurer is given
     * the log-in view's class.
     */
    @Test
    void ui_packages_are_imported_only_from_ui_packages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().areNotAnnotatedWith(org.springframework.security.config.annotation.web.configuration
                        .EnableWebSecurity.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    /**
     * The privacy officer's feature reads the other features through their public services (and the access log
     * through its reader); nothing depends on it: its views reach the menu by @Menu and the client file by a
     * ClientOverviewSection bean.
     */
    @Test
    void no_feature_depends_on_the_privacy_reports() {
        noClasses().that().resideOutsideOfPackage("nl.samenplan.privacy..")
                .should().dependOnClassesThat().resideInAPackage("nl.samenplan.privacy..")
                .check(CLASSES);
    }

    @Test
    void the_privacy_reports_read_other_features_only_through_their_public_services() {
        noClasses().that().resideInAPackage("nl.samenplan.privacy..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    /** The access log's entries are read only by the access reports, which check who may and log the read. */
    @Test
    void only_the_access_reports_read_the_access_log() {
        classes().that().haveFullyQualifiedName("nl.samenplan.audit.AccessLogReader")
                .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("nl.samenplan.audit",
                        "nl.samenplan.privacy")
                .check(CLASSES);
    }

    @Test
    void the_client_feature_never_imports_the_plan() {
        noClasses().that().resideInAPackage("nl.samenplan.client..")
                .should().dependOnClassesThat().resideInAPackage("nl.samenplan.plan..")
                .check(CLASSES);
    }

    /** The catalogue and the logs sit below every feature: they know the shared kernel and the users, nothing else. */
    @Test
    void the_catalogue_and_the_history_depend_on_no_other_feature() {
        for (String lower : List.of("catalog", "audit")) {
            noClasses().that().resideInAPackage("nl.samenplan." + lower + "..")
                    .should().dependOnClassesThat(FEATURE_CODE.and(resideOutsideOfPackages("nl.samenplan." + lower
                            + "..", "nl.samenplan.base..", "nl.samenplan.security..")))
                    .check(CLASSES);
        }
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_only_used_from_transactional_services() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().onlyBeAccessed().byClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("transactional services or repositories",
                                c -> c.isAssignableTo(Repository.class)
                                        || (c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(
                                                org.springframework.stereotype.Component.class))
                                        && (c.isAnnotatedWith(Transactional.class) || c.getMethods().stream()
                                                .anyMatch(m -> m.isAnnotatedWith(Transactional.class)))))
                .check(CLASSES);
    }

    /**
     * Every public method of every public Spring bean (services, components, whatever the name) states who may call
     * it, except what {@link GuardedBeans} lists with its reason: the framework's callbacks (event listeners,
     * schedulers, bean factories), the UI infrastructure and the internal ports that jobs and guarded services use.
     */
    @Test
    void every_public_method_of_every_public_bean_is_guarded() {
        methods().that().areDeclaredInClassesThat(GuardedBeans.PUBLIC_BEANS).and().arePublic()
                .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                .and(GuardedBeans.NOT_EXEMPT)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    /** The unguarded internal ports are never reached from a screen: a view goes through a guarded service. */
    @Test
    void no_view_uses_an_unguarded_internal_port() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(GuardedBeans.INTERNAL_PORT)
                .check(CLASSES);
    }

    @Test
    void every_view_states_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(CLASSES);
    }
}

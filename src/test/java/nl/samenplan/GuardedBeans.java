package nl.samenplan;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Which public beans' public methods must carry {@code @PreAuthorize}, and the short list of those that need not, each
 * with its reason. Shared by {@link ArchitectureTest} and the service sweep, so both read the same exemptions.
 */
public final class GuardedBeans {

    /**
     * Public beans whose public methods no person calls: the UI's own infrastructure (translations, error page
     * handling, the language switch, Vaadin's start-up listeners) and the application's entry point.
     */
    public static final Map<String, String> INFRASTRUCTURE = Map.of(
            "nl.samenplan.Application", "the entry point; no bean method",
            "nl.samenplan.base.Translations", "Vaadin's I18NProvider: texts of the bundles, no data",
            "nl.samenplan.base.ui.ErrorHandling", "Vaadin's ErrorHandler: shows an error notification, no data",
            "nl.samenplan.base.ui.LocaleSupport", "Vaadin's start-up listener and the language switch, no data",
            "nl.samenplan.base.ui.SystemMessagesInLanguage", "Vaadin's start-up listener, no data",
            "nl.samenplan.base.StartUpWork", "hands the jobs' start-up catch-ups to the scheduler's thread, no data");

    /**
     * Internal ports: public only because Java needs it across feature packages. They check no access themselves,
     * are called by the nightly jobs (outside any session, so no role to check) and by services that have checked
     * access already; no view may use them ({@code ArchitectureTest.no_view_uses_an_unguarded_internal_port}).
     */
    public static final Map<String, String> INTERNAL_PORTS = Map.of(
            "nl.samenplan.client.ClientDirectory", "the least client data for jobs and guarded services",
            "nl.samenplan.plan.PlanAgreements", "the plans' agreements for the task run and the volunteer register",
            "nl.samenplan.task.TaskGeneration", "the task run per client, from the nightly job and plan events",
            "nl.samenplan.task.TaskJob", "the nightly task run (scheduled, after start-up)",
            "nl.samenplan.retention.RetentionJob", "the nightly retention run (scheduled)",
            "nl.samenplan.catalog.RetentionTerm", "the retention setting for the job",
            "nl.samenplan.audit.SystemAuditLog", "the history entries of the jobs, with no user",
            "nl.samenplan.security.LoginAttempts", "the log-in's failure count and lock-out: called while logging in,"
                    + " before anyone is authenticated (method security refuses a call without an authentication)");

    /** Methods the framework calls itself: event listeners, schedules, bean factories. */
    private static final Set<Class<? extends java.lang.annotation.Annotation>> FRAMEWORK_CALLBACKS = Set.of(
            EventListener.class, TransactionalEventListener.class, Scheduled.class, Bean.class);

    public static final DescribedPredicate<JavaClass> PUBLIC_BEANS = DescribedPredicate.describe(
            "public Spring beans of the application",
            c -> c.getPackageName().startsWith("nl.samenplan") && c.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                    && c.isMetaAnnotatedWith(Component.class) && !c.isMetaAnnotatedWith(Configuration.class));

    public static final DescribedPredicate<JavaClass> INTERNAL_PORT = DescribedPredicate.describe(
            "an unguarded internal port", c -> INTERNAL_PORTS.containsKey(c.getName()));

    public static final DescribedPredicate<JavaMethod> NOT_EXEMPT = DescribedPredicate.describe(
            "not on the explained list of exemptions", m -> !exempt(m));

    private GuardedBeans() {
    }

    private static boolean exempt(JavaMethod method) {
        String owner = method.getOwner().getName();
        return INFRASTRUCTURE.containsKey(owner) || INTERNAL_PORTS.containsKey(owner)
                || FRAMEWORK_CALLBACKS.stream().anyMatch(method::isAnnotatedWith);
    }

    /** The same exemption for a method found by reflection (the sweep). */
    public static boolean exempt(java.lang.reflect.Method method) {
        String owner = method.getDeclaringClass().getName();
        return INFRASTRUCTURE.containsKey(owner) || INTERNAL_PORTS.containsKey(owner)
                || FRAMEWORK_CALLBACKS.stream().anyMatch(method::isAnnotationPresent);
    }
}

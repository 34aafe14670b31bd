package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.samenplan.GuardedBeans;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InvalidInputException;
import nl.samenplan.security.SweepArguments.Kind;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.OtherTeam;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Team scoping at the service layer, method by method: every public method of every public bean of the application
 * that takes the id of a client, consent, network member, agreement, task, need, volunteer or waiting-list period
 * (found by reflection, by the parameters' names) is called by every role with the id of another team's record. It
 * must refuse: "no access" for the role, or exactly what it says of an id that does not exist (so nothing tells the
 * record is there); and the database must be unchanged. The privacy officer reads every team's access report and
 * export by design: those calls must work. The internal ports for jobs (see {@link GuardedBeans}) are not called:
 * no person reaches them, which the architecture test checks.
 */
class ServiceTeamScopeSweepTest extends KaribuTest {

    private static final long MISSING = 987_654_321L;

    /** What the privacy officer may do for a client of any team (DOMAIN.md: the access report, AVG art. 15/20). */
    private static final List<String> PRIVACY_OFFICER_READS_EVERY_TEAM = List.of("AccessReports.subject",
            "AccessReports.clientReport", "AccessReports.clientReportPdf", "AccessReports.mayProduce",
            "AvgExport.collect", "AvgExport.json", "AvgExport.pdf", "AccessLogReader.ofClient",
            "ClientService.reportSubject", "PlanService.owner", "ClientService.exportDetails",
            "BurdenCheckInService.exportCaregivers", "ConsentService.exportConsents", "NeedService.exportNeeds",
            "NetworkService.exportMembers", "PlanService.exportPlan", "TaskService.exportTasks",
            "WaitingListService.exportPeriods");

    /**
     * Not called automatically, with the reason. AuditLog.record joins its caller's transaction (MANDATORY: outside
     * a guarded service's transaction it fails) and files the line under the caller's own team, never in the other
     * team's history.
     */
    private static final Map<String, String> NOT_SWEPT = Map.of(
            "AuditLog.record/3", "joins the caller's transaction; files under the caller's own team",
            "AuditLog.record/4", "joins the caller's transaction; files under the caller's own team");

    /**
     * A refusal: "no access", a rule's "not found", or, for a read that selects by the user's own team, nothing at
     * all; in each case exactly what an id that does not exist gets.
     */
    private static boolean refused(String outcome) {
        return outcome.startsWith("refused") || outcome.equals("returned nothing") || outcome.equals("returned no");
    }

    /** Tables whose rows a refused call may add to: the logs that record the refusal. */
    private static final List<String> LOGS = List.of("access_log_entry", "access_log_head", "DATABASECHANGELOG",
            "DATABASECHANGELOGLOCK");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_method_that_takes_a_record_id_refuses_another_teams_record_for_every_role() {
        OtherTeam.Records other = OtherTeam.records(context);
        SweepArguments otherTeam = new SweepArguments(ids(other), versions(other), category(), java.time.LocalDate
                .now(clock));
        Map<Kind, Long> missing = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            missing.put(kind, MISSING);
        }
        SweepArguments notThere = new SweepArguments(missing, versions(other), category(), java.time.LocalDate
                .now(clock));
        Map<String, Method> methods = sweptMethods();
        SoftAssertions cells = new SoftAssertions();
        int calls = 0;
        for (Map.Entry<String, Method> entry : methods.entrySet()) {
            String name = entry.getKey();
            Method method = entry.getValue();
            Object bean = context.getBean(method.getDeclaringClass());
            String before = fingerprint();
            for (String role : RolesOfTheDemo.ALL) {
                String toOther = call(role, bean, method, otherTeam.of(method));
                String toMissing = call(role, bean, method, notThere.of(method));
                calls++;
                if (role.equals("privacy") && PRIVACY_OFFICER_READS_EVERY_TEAM.contains(name)) {
                    cells.assertThat(toOther).as("%s by %s", name, role).startsWith("returned");
                } else if (!toOther.equals("refused: no access")) {
                    cells.assertThat(refused(toOther)).as("%s by %s refuses, but: %s", name, role, toOther).isTrue();
                    cells.assertThat(toOther).as("%s by %s, as for an id that does not exist", name, role)
                            .isEqualTo(toMissing);
                }
            }
            cells.assertThat(fingerprint()).as("the database after %s by every role", name).isEqualTo(before);
        }
        System.out.printf("Service sweep: %d methods x %d roles = %d calls with another team's id (and as many "
                + "with an id that does not exist)%n", methods.size(), RolesOfTheDemo.ALL.size(), calls);
        methods.keySet().forEach(m -> System.out.println("  swept: " + m));
        NOT_SWEPT.forEach((m, why) -> System.out.println("  not swept: " + m + " (" + why + ")"));
        cells.assertAll();
    }

    @Test
    void the_other_teams_records_are_real_their_own_leefcoach_opens_them() {
        OtherTeam.Records other = OtherTeam.records(context);
        assertThat(call(OtherTeam.LEEFCOACH, context.getBean(nl.samenplan.client.NetworkService.class),
                method(nl.samenplan.client.NetworkService.class, "members"), new Object[] {other.client()}))
                .startsWith("returned data");
        assertThat(call(OtherTeam.LEEFCOACH, context.getBean(nl.samenplan.task.TaskService.class),
                method(nl.samenplan.task.TaskService.class, "task"), new Object[] {other.task()}))
                .startsWith("returned data");
    }

    /** Every swept method, by class and name (overloads by their parameter count). */
    private Map<String, Method> sweptMethods() {
        Map<String, Method> found = new TreeMap<>();
        for (String beanName : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(beanName);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (!user.getPackageName().startsWith("nl.samenplan") || !Modifier.isPublic(user.getModifiers())
                    || !AnnotatedElementUtils.hasAnnotation(user, Component.class)
                    || AnnotatedElementUtils.hasAnnotation(user, Configuration.class)) {
                continue;
            }
            for (Method m : user.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !GuardedBeans.exempt(m) && SweepArguments.takesARecordId(m)
                        && !NOT_SWEPT.containsKey(user.getSimpleName() + "." + m.getName() + overload(user, m))) {
                    found.put(user.getSimpleName() + "." + m.getName() + overload(user, m), m);
                }
            }
        }
        return found;
    }

    private static String overload(Class<?> type, Method m) {
        long same = java.util.Arrays.stream(type.getDeclaredMethods()).filter(o -> o.getName().equals(m.getName())
                && Modifier.isPublic(o.getModifiers())).count();
        return same > 1 ? "/" + m.getParameterCount() : "";
    }

    private String call(String role, Object bean, Method method, Object[] arguments) {
        return as(role, () -> {
            try {
                return "returned " + describe(method.invoke(bean, arguments));
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof AccessDeniedException) {
                    return "refused: no access";
                }
                if (cause instanceof BusinessRuleException rule) {
                    return "refused: " + rule.messageKey();
                }
                if (cause instanceof InvalidInputException invalid) {
                    return "invalid input: " + invalid.getMessage();
                }
                return "failed: " + cause;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String describe(Object result) {
        if (result == null || result instanceof Optional<?> o && o.isEmpty()
                || result instanceof Collection<?> c && c.isEmpty() || result instanceof Map<?, ?> m && m.isEmpty()
                || result instanceof Page<?> p && p.isEmpty()) {
            return "nothing";
        }
        if (Boolean.FALSE.equals(result)) {
            return "no";
        }
        return "data " + String.valueOf(result).substring(0, Math.min(80, String.valueOf(result).length()));
    }

    /** A checksum of every table but the logs: unchanged means nothing of any team was written. */
    private String fingerprint() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
                + "table_schema = database() order by table_name", String.class);
        tables.removeIf(t -> LOGS.stream().anyMatch(t::equalsIgnoreCase));
        StringBuilder sum = new StringBuilder();
        jdbc.query("checksum table " + String.join(", ", tables), row -> {
            sum.append(row.getString(1)).append('=').append(row.getString(2)).append(' ');
        });
        return sum.toString();
    }

    private static Map<Kind, Long> ids(OtherTeam.Records r) {
        Map<Kind, Long> ids = new EnumMap<>(Kind.class);
        ids.put(Kind.CLIENT, r.client());
        ids.put(Kind.CONSENT, r.consent());
        ids.put(Kind.MEMBER, r.member());
        ids.put(Kind.AGREEMENT, r.agreement());
        ids.put(Kind.TASK, r.task());
        ids.put(Kind.NEED, r.need());
        ids.put(Kind.VOLUNTEER, r.volunteer());
        ids.put(Kind.WAITING_PERIOD, r.waitingPeriod());
        return ids;
    }

    /** The current version of each of the other team's records (so a version check is no accidental refusal). */
    private Map<Kind, Long> versions(OtherTeam.Records r) {
        Map<Kind, String> tables = Map.of(Kind.CLIENT, "client", Kind.CONSENT, "client_consent", Kind.MEMBER,
                "network_member", Kind.AGREEMENT, "agreement", Kind.TASK, "task", Kind.NEED, "need",
                Kind.VOLUNTEER, "volunteer", Kind.WAITING_PERIOD, "waiting_list_entry");
        Map<Kind, Long> versions = new EnumMap<>(Kind.class);
        ids(r).forEach((kind, id) -> versions.put(kind, version(tables.get(kind), id)));
        return versions;
    }

    private long version(String table, long id) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where "
                + "table_schema = database() and table_name = ? and column_name = 'version'", String.class, table);
        return columns.isEmpty() ? 0 : jdbc.queryForObject("select version from " + table + " where id = ?",
                Long.class, id);
    }

    private long category() {
        return jdbc.queryForObject("select id from need_category where name = 'Vervoer'", Long.class);
    }

    private static Method method(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The eight demo accounts, one per role. */
    private static final class RolesOfTheDemo {
        static final List<String> ALL = new ArrayList<>(List.of("leefcoach", "dorpsregisseur", "wijkverpleegkundige",
                "coordinator", "vrijwilliger", "manager", "beheerder", "privacy"));
    }
}

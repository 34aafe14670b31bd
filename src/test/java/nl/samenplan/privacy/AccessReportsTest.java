package nl.samenplan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenplan.audit.AccessEvent;
import nl.samenplan.audit.AccessLog;
import nl.samenplan.audit.AccessOutcome;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.PdfContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Who may produce which access report, what is in it, and that every read of a report is logged. */
class AccessReportsTest extends KaribuTest {

    @Autowired
    private AccessReports reports;

    @Autowired
    private AccessLog accessLog;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void the_plan_owner_and_the_privacy_officer_produce_a_clients_report_and_the_others_are_refused() {
        long client = clientOfLeefcoachsPlan();
        as("leefcoach", () -> accessLog.record(AccessEvent.allowed(AccessEventType.PLAN_VIEWED, client, "test")));

        assertThat(as("leefcoach", () -> reports.clientReport(client, today(), PageRequest.of(0, 20))).getContent())
                .as("the plan owner").isNotEmpty();
        assertThat(as("privacy", () -> reports.clientReport(client, today(), PageRequest.of(0, 20))).getContent())
                .as("the privacy officer, who has no team").isNotEmpty();

        assertThatThrownBy(() -> as("dorpsregisseur", () -> reports.clientReport(client, today(), PageRequest.of(0, 20))))
                .as("a colleague in the team who does not own the plan").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("error.accessReport.notOwner");
        assertThat(newest().get("outcome")).as("the refusal is logged").isEqualTo("REFUSED");
        assertThat(newest().get("username")).isEqualTo("dorpsregisseur");
        assertThatThrownBy(() -> as("wijkverpleegkundige", () -> reports.clientReportPdf(client, today(), Locale.ROOT)))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as("leefcoach.zuiderpark", () -> reports.subject(client)))
                .as("another team's client does not exist").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("error.client.notFound");
        for (String role : List.of("beheerder", "manager", "coordinator", "vrijwilliger")) {
            assertThatThrownBy(() -> as(role, () -> reports.clientReport(client, today(), PageRequest.of(0, 20))))
                    .as(role).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("leefcoach", () -> reports.mayProduce(client))).isTrue();
        assertThat(as("dorpsregisseur", () -> reports.mayProduce(client))).isFalse();
    }

    @Test
    void the_report_names_who_with_name_and_username_role_organisation_and_outcome_newest_first() {
        long client = clientOfLeefcoachsPlan();
        as("leefcoach", () -> accessLog.record(AccessEvent.allowed(AccessEventType.PLAN_VIEWED, client, "test")));
        as("dorpsregisseur", () -> accessLog.record(AccessEvent.refused(AccessEventType.PLAN_EXPORTED, client, "t")));

        List<ReportLine> lines = as("privacy", () -> reports.clientReport(client, today(), PageRequest.of(0, 2)))
                .getContent();

        assertThat(lines.get(0).username()).isEqualTo("dorpsregisseur");
        assertThat(lines.get(0).outcome()).isEqualTo(AccessOutcome.REFUSED);
        ReportLine visit = lines.get(1);
        assertThat(visit.username()).isEqualTo("leefcoach");
        assertThat(visit.displayName()).isEqualTo("Sanne Mulder");
        assertThat(visit.role()).isEqualTo("LEEFCOACH");
        assertThat(visit.organisation()).isNotBlank();
        assertThat(ReportTexts.what(visit, this::dutch)).isEqualTo("Plan bekeken");
        assertThat(ReportTexts.who(visit, this::dutch)).isEqualTo("Sanne Mulder (leefcoach)");
        assertThat(ReportTexts.outcome(lines.get(0), this::dutch)).isEqualTo("geweigerd");
    }

    @Test
    void an_entry_without_a_person_samenplan_itself_or_someone_not_logged_in_reads_as_such() {
        long client = clientOfLeefcoachsPlan();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        accessLog.record(AccessEvent.refused(AccessEventType.CLIENT_FILE_OPENED, client, "not logged in"));

        List<ReportLine> lines = as("privacy", () -> reports.clientReport(client, today(), PageRequest.of(0, 1)))
                .getContent();

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.username()).isNull();
            assertThat(line.outcome()).isEqualTo(AccessOutcome.REFUSED);
        });
    }

    @Test
    void the_period_filter_keeps_to_the_days_chosen_and_the_report_comes_in_pages() {
        long client = clientOfLeefcoachsPlan();
        LocalDate first = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        for (int i = 0; i < 5; i++) {
            as("leefcoach", () -> accessLog.record(AccessEvent.allowed(AccessEventType.NEEDS_VIEWED, client, "early")));
        }
        clock.advance(Duration.ofDays(3));
        LocalDate later = first.plusDays(3);
        for (int i = 0; i < 2; i++) {
            as("leefcoach", () -> accessLog.record(AccessEvent.allowed(AccessEventType.MDO_VIEWED, client, "later")));
        }

        Page<ReportLine> onlyLater = as("privacy",
                () -> reports.clientReport(client, new ReportPeriod(later, later), PageRequest.of(0, 50)));
        assertThat(onlyLater.getContent()).extracting(ReportLine::type).containsOnly(AccessEventType.MDO_VIEWED);
        Page<ReportLine> onlyFirst = as("privacy",
                () -> reports.clientReport(client, new ReportPeriod(first, first), PageRequest.of(0, 3)));
        assertThat(onlyFirst.getContent()).hasSize(3).extracting(ReportLine::type)
                .doesNotContain(AccessEventType.MDO_VIEWED);
        assertThat(onlyFirst.getTotalElements()).as("five on the first day, at least").isGreaterThanOrEqualTo(5);
        Page<ReportLine> second = as("privacy", () -> reports.clientReport(client, new ReportPeriod(first, first),
                onlyFirst.nextPageable()));
        assertThat(second.getContent().get(0).at()).isBeforeOrEqualTo(onlyFirst.getContent().get(2).at());
        assertThat(second.getContent().get(0).id()).isLessThan(onlyFirst.getContent().get(2).id());
        assertThatThrownBy(() -> new ReportPeriod(later, first)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void every_read_of_a_report_is_itself_logged_with_the_client_named() {
        long client = clientOfLeefcoachsPlan();
        as("privacy", () -> reports.clientReport(client, today(), PageRequest.of(0, 5)));
        Map<String, Object> read = newest();
        assertThat(read.get("event_type")).isEqualTo("ACCESS_LOG_VIEWED");
        assertThat(read.get("client_id")).isEqualTo(client);
        assertThat(read.get("username")).isEqualTo("privacy");
        assertThat(read.get("outcome")).isEqualTo("ALLOWED");
    }

    @Test
    void the_printed_report_explains_itself_in_plain_dutch_and_its_printing_is_logged() throws Exception {
        long client = clientOfLeefcoachsPlan();
        as("privacy", () -> accessLog.record(AccessEvent.allowed(AccessEventType.ACCESS_LOG_VIEWED, client, "t")));
        byte[] pdf = as("leefcoach", () -> reports.clientReportPdf(client, today(), Locale.forLanguageTag("nl")));
        assertThat(newest().get("event_type")).isEqualTo("ACCESS_LOG_VIEWED");
        assertThat(newest().get("username")).isEqualTo("leefcoach");
        String text = PdfContent.text(pdf);
        assertThat(text).contains("Wie heeft het dossier van", "Uw rechten", "artikel 15 van de AVG",
                "Inzagerapport bekeken", "(privacy)", "Privacyfunctionaris");
    }

    @Test
    void the_privacy_officer_sees_what_a_user_opened_with_the_client_and_the_read_names_the_user() {
        long client = clientOfLeefcoachsPlan();
        long leefcoach = jdbc.queryForObject("select id from app_user where username = 'leefcoach'", Long.class);
        as("leefcoach", () -> accessLog.record(AccessEvent.allowed(AccessEventType.PLAN_VIEWED, client, "test")));

        Page<ReportLine> page = as("privacy", () -> reports.userReport(leefcoach, today(), PageRequest.of(0, 10)));

        assertThat(page.getContent()).isNotEmpty().allSatisfy(l -> assertThat(l.username()).isEqualTo("leefcoach"));
        String name = jdbc.queryForObject("select concat(first_name, ' ', last_name) from client where id = ?",
                String.class, client);
        assertThat(page.getContent().get(0).clientName()).isEqualTo(name);
        assertThat(newest().get("event_type")).isEqualTo("ACCESS_LOG_VIEWED");
        assertThat(newest().get("detail").toString()).contains("user " + leefcoach);
        assertThatThrownBy(() -> as("leefcoach", () -> reports.userReport(leefcoach, today(), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_privacy_officer_and_the_beheerder_run_the_chain_check_and_it_is_logged() {
        AccessLog.ChainCheck check = as("privacy", reports::checkChain);
        assertThat(check.isIntact()).as(check.toString()).isTrue();
        assertThat(newest().get("event_type")).isEqualTo("ACCESS_LOG_VIEWED");
        assertThat(newest().get("detail").toString()).contains("chain check");
        assertThat(as("beheerder", reports::checkChain).isIntact()).isTrue();
        assertThatThrownBy(() -> as("leefcoach", reports::checkChain)).isInstanceOf(AccessDeniedException.class);
    }

    private String dutch(String key, Object... params) {
        return context.getBean(nl.samenplan.base.Translations.class).getTranslation(key, Locale.forLanguageTag("nl"),
                params);
    }

    private ReportPeriod today() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        return new ReportPeriod(today.minusDays(1), today);
    }

    private long clientOfLeefcoachsPlan() {
        return jdbc.queryForObject("""
                select p.client_id from plan p join app_user u on u.id = p.owner_id
                where u.username = 'leefcoach' order by p.client_id limit 1
                """, Long.class);
    }

    private Map<String, Object> newest() {
        return jdbc.queryForMap("select * from access_log_entry order by id desc limit 1");
    }
}

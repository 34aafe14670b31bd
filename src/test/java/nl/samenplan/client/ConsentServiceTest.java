package nl.samenplan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.client.ConsentService.ConsentLine;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Consents recorded, withdrawn and asked for on the real database, by the team of the client only. */
class ConsentServiceTest extends KaribuTest {

    @Autowired
    private ConsentService consents;
    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private AuditLog history;
    @Autowired
    private JdbcTemplate jdbc;

    private long newClient() {
        return Fixtures.newClient(clients, "Toestemming");
    }

    @Test
    void a_recorded_consent_is_listed_and_asked_for_and_in_the_history() {
        login("leefcoach");
        long clientId = newClient();
        LocalDate given = LocalDate.now().minusDays(3);

        ConsentLine line = consents.record(clientId, ConsentData.of(ConsentRecipient.VOLUNTEERS, given,
                ConsentManner.SCHRIFTELIJK));

        assertThat(consents.consents(clientId)).containsExactly(line);
        assertThat(line.recordedBy()).isEqualTo("Sanne Mulder");
        assertThat(line.active()).isTrue();
        assertThat(consents.hasConsent(clientId, ConsentRecipient.VOLUNTEERS)).isTrue();
        assertThat(consents.hasConsent(clientId, ConsentRecipient.TEAM)).isFalse();
        assertThat(history.history(clientId, PageRequest.of(0, 5)).getContent()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("history.consent.recorded");
            assertThat(e.detail()).startsWith("Vrijwilligers van het team, gegeven op").endsWith("(schriftelijk (getekend))");
        });
    }

    @Test
    void a_withdrawn_consent_stays_as_history_and_a_new_one_can_follow() {
        login("leefcoach");
        long clientId = newClient();
        ConsentLine first = consents.record(clientId, ConsentData.of(ConsentRecipient.TEAM, LocalDate.now()
                .minusMonths(1), ConsentManner.MONDELING));

        ConsentLine withdrawn = consents.withdraw(clientId, first.id(), first.version(), LocalDate.now());
        assertThat(withdrawn.withdrawnBy()).isEqualTo("Sanne Mulder");
        assertThat(consents.hasConsent(clientId, ConsentRecipient.TEAM)).isFalse();
        ConsentLine again = consents.record(clientId, ConsentData.of(ConsentRecipient.TEAM, LocalDate.now(),
                ConsentManner.SCHRIFTELIJK));

        assertThat(consents.consents(clientId)).extracting(ConsentLine::id).as("the active one first")
                .containsExactly(again.id(), first.id());
        assertThat(consents.hasConsent(clientId, ConsentRecipient.TEAM)).isTrue();
        assertThat(history.history(clientId, PageRequest.of(0, 5)).getContent())
                .extracting(AuditLog.Entry::action).contains("history.consent.withdrawn");
    }

    @Test
    void a_second_active_consent_for_the_same_recipient_is_refused_and_a_withdrawal_seen_late_too() {
        login("leefcoach");
        long clientId = newClient();
        ConsentLine line = consents.record(clientId, ConsentData.of(ConsentRecipient.VOLUNTEERS, LocalDate.now(),
                ConsentManner.MONDELING));

        assertThatThrownBy(() -> consents.record(clientId, ConsentData.of(ConsentRecipient.VOLUNTEERS,
                LocalDate.now(), ConsentManner.SCHRIFTELIJK))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("error.consent.alreadyActive");
        as("dorpsregisseur", () -> consents.withdraw(clientId, line.id(), line.version(), LocalDate.now()));
        assertThatThrownBy(() -> consents.withdraw(clientId, line.id(), line.version(), LocalDate.now()))
                .as("the user saw the consent before the dorpsregisseur withdrew it").hasMessage("error.consent.changed");
    }

    @Test
    void a_network_member_gets_consent_of_their_own_and_only_of_this_clients_network() {
        login("leefcoach");
        long clientId = newClient();
        long els = Fixtures.member(network, clientId, "Els Toestemming", Relation.KIND, false, null, Set.of());
        long elsewhere = Fixtures.member(network, newClient(), "Piet Elders", Relation.BUUR, false, null, Set.of());

        consents.record(clientId, ConsentData.forMember(els, LocalDate.now(), ConsentManner.MONDELING));

        assertThat(consents.hasConsent(clientId, ConsentRecipient.NETWORK_MEMBER, els)).isTrue();
        assertThat(consents.hasConsent(clientId, ConsentRecipient.NETWORK_MEMBER, null)).isFalse();
        assertThat(consents.consents(clientId).get(0).recipientName()).isEqualTo("Els Toestemming");
        assertThatThrownBy(() -> consents.record(clientId, ConsentData.forMember(elsewhere, LocalDate.now(),
                ConsentManner.MONDELING))).hasMessage("error.consent.memberNotInNetwork");
    }

    @Test
    void another_team_cannot_read_or_record_the_consents_of_a_client() {
        login("leefcoach");
        long clientId = newClient();

        as("leefcoach.zuiderpark", () -> {
            assertThatThrownBy(() -> consents.consents(clientId)).hasMessage("error.client.notFound");
            assertThatThrownBy(() -> consents.record(clientId, ConsentData.of(ConsentRecipient.TEAM, LocalDate.now(),
                    ConsentManner.MONDELING))).hasMessage("error.client.notFound");
            assertThatThrownBy(() -> consents.hasConsent(clientId, ConsentRecipient.VOLUNTEERS))
                    .hasMessage("error.client.notFound");
        });
    }

    @Test
    void only_the_clients_team_writers_read_and_change_consents() {
        login("leefcoach");
        long clientId = newClient();
        ConsentLine line = consents.record(clientId, ConsentData.of(ConsentRecipient.VOLUNTEERS, LocalDate.now(),
                ConsentManner.MONDELING));

        as("coordinator", () -> assertThatThrownBy(() -> consents.withdraw(clientId, line.id(), line.version(),
                LocalDate.now())).isInstanceOf(AccessDeniedException.class));
        for (String reader : List.of("coordinator", "vrijwilliger", "manager", "beheerder", "privacy")) {
            as(reader, () -> assertThatThrownBy(() -> consents.consents(clientId))
                    .as(reader).isInstanceOf(AccessDeniedException.class));
        }
        as("wijkverpleegkundige", () -> assertThat(consents.hasConsent(clientId, ConsentRecipient.VOLUNTEERS))
                .isTrue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_migration_turns_the_old_single_date_into_a_team_consent() throws java.io.IOException {
        login("leefcoach");
        long clientId = newClient();
        LocalDate old = LocalDate.now().minusYears(1);
        jdbc.update("update client set consent_on = ? where id = ?", old, clientId);
        Map<String, Object> changelog;
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("db/changelog/changes/023-consent.yaml"))) {
            changelog = new org.yaml.snakeyaml.Yaml().load(in);
        }
        String backfill = ((List<Map<String, Map<String, Object>>>) changelog.get("databaseChangeLog")).stream()
                .map(c -> c.get("changeSet")).filter(c -> "023-client-consent-from-old-date".equals(c.get("id")))
                .map(c -> ((List<Map<String, Map<String, String>>>) c.get("changes")).get(0).get("sql").get("sql"))
                .findFirst().orElseThrow();

        jdbc.update(backfill);
        jdbc.update(backfill);

        List<ConsentLine> lines = consents.consents(clientId);
        assertThat(lines).as("once, however often it runs").hasSize(1);
        assertThat(lines.get(0).recipient()).isEqualTo(ConsentRecipient.TEAM);
        assertThat(lines.get(0).givenOn()).isEqualTo(old);
        assertThat(lines.get(0).manner()).as("how it was given was never recorded").isNull();
        assertThat(lines.get(0).recordedBy()).isEqualTo("Samenplan");
        assertThat(consents.hasConsent(clientId, ConsentRecipient.TEAM)).isTrue();
    }

    @Test
    void the_database_refuses_two_active_consents_for_one_recipient_and_a_withdrawal_before_the_consent() {
        login("leefcoach");
        long clientId = newClient();
        String insert = "insert into client_consent (version, client_id, recipient, given_on, manner,"
                + " recorded_by_name, recorded_at, withdrawn_on, withdrawn_by_name, withdrawn_at)"
                + " values (0, ?, 'VOLUNTEERS', ?, 'MONDELING', 'Test', now(), ?, ?, ?)";
        LocalDate day = LocalDate.now().minusDays(10);
        jdbc.update(insert, clientId, day, null, null, null);
        jdbc.update(insert, clientId, day, day.plusDays(1), "Test", java.sql.Timestamp.valueOf("2026-01-01 10:00:00"));

        assertThatThrownBy(() -> jdbc.update(insert, clientId, day, null, null, null))
                .as("a second active one").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, clientId, day, day.minusDays(1), "Test",
                java.sql.Timestamp.valueOf("2026-01-01 10:00:00"))).as("withdrawn before given")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into client_consent (version, client_id, recipient, given_on,"
                + " manner, recorded_by_name, recorded_at) values (0, ?, 'TEAM', ?, 'VERTEGENWOORDIGER', 'Test', now())",
                clientId, day)).as("a representative without a name").isInstanceOf(DataIntegrityViolationException.class);
    }
}

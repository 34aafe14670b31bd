package nl.samenplan.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.base.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** The rules a consent keeps by itself, without a database. */
class ConsentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static Consent record(ConsentData data, List<Consent> existing) {
        return Consent.record(7L, data, existing, 3L, "Sanne Bakker", NOW, TODAY);
    }

    private static ConsentData volunteers(LocalDate on) {
        return ConsentData.of(ConsentRecipient.VOLUNTEERS, on, ConsentManner.MONDELING);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_recorded_consent_is_active_and_says_who_recorded_it() {
        Consent consent = record(volunteers(TODAY.minusDays(2)), List.of());

        assertThat(consent.isActive()).isTrue();
        assertThat(consent.covers(ConsentRecipient.VOLUNTEERS, null)).isTrue();
        assertThat(consent.covers(ConsentRecipient.TEAM, null)).isFalse();
        assertThat(consent.getRecordedByName()).isEqualTo("Sanne Bakker");
    }

    @Test
    void a_consent_needs_a_recipient_a_date_that_has_been_and_a_manner() {
        assertThat(refusal(() -> record(new ConsentData(null, null, null, TODAY, ConsentManner.MONDELING, null),
                List.of()))).isEqualTo("error.consent.recipientRequired");
        assertThat(refusal(() -> record(volunteers(null), List.of()))).isEqualTo("error.consent.givenOnRequired");
        assertThat(refusal(() -> record(volunteers(TODAY.plusDays(1)), List.of())))
                .isEqualTo("error.consent.givenOnFuture");
        assertThat(refusal(() -> record(ConsentData.of(ConsentRecipient.TEAM, TODAY, null), List.of())))
                .isEqualTo("error.consent.mannerRequired");
    }

    @Test
    void a_network_member_an_organisation_and_a_representative_must_be_named() {
        assertThat(refusal(() -> record(new ConsentData(ConsentRecipient.NETWORK_MEMBER, null, null, TODAY,
                ConsentManner.MONDELING, null), List.of()))).isEqualTo("error.consent.memberRequired");
        assertThat(refusal(() -> record(new ConsentData(ConsentRecipient.ORGANISATION, null, "  ", TODAY,
                ConsentManner.SCHRIFTELIJK, null), List.of()))).isEqualTo("error.consent.organisationRequired");
        assertThat(refusal(() -> record(new ConsentData(ConsentRecipient.TEAM, null, null, TODAY,
                ConsentManner.VERTEGENWOORDIGER, ""), List.of()))).isEqualTo("error.consent.representativeRequired");
        Consent byMentor = record(new ConsentData(ConsentRecipient.TEAM, null, null, TODAY,
                ConsentManner.VERTEGENWOORDIGER, "mr. H. Bakker"), List.of());
        assertThat(byMentor.getRepresentative()).isEqualTo("mr. H. Bakker");
    }

    @Test
    void a_representative_is_kept_only_for_a_consent_given_by_one() {
        Consent spoken = record(new ConsentData(ConsentRecipient.TEAM, 12L, "Zorggroep", TODAY,
                ConsentManner.MONDELING, "typed by mistake"), List.of());

        assertThat(spoken.getRepresentative()).isNull();
        assertThat(spoken.getNetworkMemberId()).as("only a network member's consent names one").isNull();
        assertThat(spoken.getOrganisation()).isNull();
    }

    @Test
    void no_two_active_consents_for_one_recipient_but_a_new_one_after_a_withdrawal() {
        Consent first = record(volunteers(TODAY.minusDays(10)), List.of());

        assertThat(refusal(() -> record(volunteers(TODAY), List.of(first)))).isEqualTo("error.consent.alreadyActive");
        assertThat(record(ConsentData.of(ConsentRecipient.TEAM, TODAY, ConsentManner.MONDELING), List.of(first))
                .isActive()).as("another recipient").isTrue();

        first.withdraw(TODAY.minusDays(1), TODAY, 3L, "Sanne Bakker", NOW);
        assertThat(record(volunteers(TODAY), List.of(first)).isActive()).isTrue();
        assertThat(first.isActive()).as("the withdrawn one stays as history").isFalse();
    }

    @Test
    void two_network_members_and_two_organisations_each_have_their_own_consent() {
        Consent els = record(ConsentData.forMember(1L, TODAY, ConsentManner.MONDELING), List.of());
        Consent huisarts = record(new ConsentData(ConsentRecipient.ORGANISATION, null, "Huisarts Heideveen", TODAY,
                ConsentManner.SCHRIFTELIJK, null), List.of());

        assertThat(record(ConsentData.forMember(2L, TODAY, ConsentManner.MONDELING), List.of(els, huisarts))
                .covers(ConsentRecipient.NETWORK_MEMBER, 2L)).isTrue();
        assertThat(refusal(() -> record(ConsentData.forMember(1L, TODAY, ConsentManner.SCHRIFTELIJK),
                List.of(els)))).isEqualTo("error.consent.alreadyActive");
        assertThat(refusal(() -> record(new ConsentData(ConsentRecipient.ORGANISATION, null, "huisarts heideveen",
                TODAY, ConsentManner.SCHRIFTELIJK, null), List.of(huisarts))))
                .as("the same organisation, whatever the case").isEqualTo("error.consent.alreadyActive");
    }

    @Test
    void a_withdrawal_is_not_before_the_consent_nor_in_the_future_and_happens_once() {
        Consent consent = record(volunteers(TODAY.minusDays(5)), List.of());

        assertThat(refusal(() -> consent.withdraw(TODAY.minusDays(6), TODAY, 3L, "Sanne", NOW)))
                .isEqualTo("error.consent.withdrawnBeforeGiven");
        assertThat(refusal(() -> consent.withdraw(TODAY.plusDays(1), TODAY, 3L, "Sanne", NOW)))
                .isEqualTo("error.consent.withdrawnOnFuture");
        assertThat(refusal(() -> consent.withdraw(null, TODAY, 3L, "Sanne", NOW)))
                .isEqualTo("error.consent.withdrawnOnRequired");
        consent.withdraw(TODAY.minusDays(5), TODAY, 3L, "Sanne", NOW);
        assertThat(consent.getWithdrawnOn()).as("on the day it was given").isEqualTo(TODAY.minusDays(5));
        assertThat(consent.getWithdrawnByName()).isEqualTo("Sanne");
        assertThat(refusal(() -> consent.withdraw(TODAY, TODAY, 3L, "Sanne", NOW)))
                .isEqualTo("error.consent.alreadyWithdrawn");
    }
}

package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.plan.PlanContent.AgreementItem;
import org.junit.jupiter.api.Test;

/** The plan's texts fit their columns: each field too long is a Dutch problem that names the agreement. */
class PlanLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void everyTextOfAProfessionalAgreementAtItsLimitIsAccepted() {
        AgreementItem item = professional("p".repeat(PlanRules.MAX_PROVIDER), "o".repeat(PlanRules.MAX_ORGANISATION),
                "f".repeat(PlanRules.MAX_FREQUENCY), "r".repeat(PlanRules.MAX_ESCALATION));

        assertThat(keys(plan(item, "a".repeat(PlanRules.MAX_AGREED_WITH)))).isEmpty();
    }

    @Test
    void providerOrganisationFrequencyAndReasonOneOverTheirLimitAreEachTold() {
        AgreementItem item = professional("p".repeat(PlanRules.MAX_PROVIDER + 1),
                "o".repeat(PlanRules.MAX_ORGANISATION + 1), "f".repeat(PlanRules.MAX_FREQUENCY + 1),
                "r".repeat(PlanRules.MAX_ESCALATION + 1));

        List<PlanRules.Problem> problems = PlanRules.check(plan(item, "a".repeat(PlanRules.MAX_AGREED_WITH + 1)),
                Set.of(), Set.of(10L), Set.of(), Set.of(), TODAY);

        assertThat(problems).extracting(PlanRules.Problem::key).containsExactly("error.agreement.providerTooLong",
                "error.agreement.organisationTooLong", "error.agreement.frequencyTooLong",
                "error.agreement.escalationTooLong", "error.plan.agreedWithTooLong");
        assertThat(problems.get(0).params()).containsExactly(1, PlanRules.MAX_PROVIDER);
    }

    @Test
    void spacesAroundATextDoNotCountBecauseThePlanStoresItTrimmed() {
        AgreementItem item = professional("  " + "p".repeat(PlanRules.MAX_PROVIDER) + "  ", null, null, "Reden");

        assertThat(keys(plan(item, null))).isEmpty();
    }

    @Test
    void datesOutsideThePlausibleRangeAreToldForTheAgreementAndThePlan() {
        AgreementItem item = new AgreementItem(null, "Zelf koken", 10L, SupportRung.ZELF, null, null, null, null,
                LocalDate.of(20255, 1, 1), null, null, null);
        PlanContent plan = new PlanContent(null, null, null, Map.of(), List.of(), List.of(item), null, null,
                LocalDate.of(1899, 12, 31));

        assertThat(keys(plan)).containsExactly("error.agreement.date", "error.plan.date");
    }

    @Test
    void aRevisionSummaryWrittenBySamenplanKeepsWholeChangesWithinItsColumn() {
        String areas = "plan.change.scores|" + String.join(", ", java.util.Collections.nCopies(40, "x".repeat(60)));
        String summary = "plan.change.answerNeeds;" + areas;

        String fitted = PlanRevision.fitted(summary);

        assertThat(fitted).isEqualTo("plan.change.answerNeeds");
        assertThat(PlanRevision.fitted(areas)).hasSizeLessThanOrEqualTo(PlanRules.MAX_SUMMARY).endsWith("…")
                .startsWith("plan.change.scores|");
        assertThat(PlanRevision.fitted("plan.change.answerNeeds")).isEqualTo("plan.change.answerNeeds");
    }

    private static AgreementItem professional(String provider, String organisation, String frequency, String reason) {
        return new AgreementItem(null, "Huishoudelijke hulp", 10L, SupportRung.PROFESSIONELE_ZORG, null, provider,
                organisation, frequency, null, null, FundingDomain.WMO, null).withEscalationReason(reason);
    }

    private static PlanContent plan(AgreementItem item, String agreedWith) {
        return new PlanContent(null, null, null, Map.of(), List.of(), List.of(item), null, agreedWith, null);
    }

    private static List<String> keys(PlanContent plan) {
        return PlanRules.check(plan, Set.of(), Set.of(10L), Set.of(), Set.of(), TODAY).stream()
                .map(PlanRules.Problem::key).toList();
    }
}

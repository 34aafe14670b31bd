package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenplan.catalog.FundingDomain;

/**
 * The whole plan as one document: what the editor edits, what a save sends, and what each revision
 * keeps (as JSON). Goals and agreements carry a key: "g12"/"a34" for saved ones, anything else for new
 * ones; an agreement names its goal by the goal's key.
 */
public record PlanContent(String answerCanDoSelf, String answerNeeds, String answerWillDo,
        Map<Long, Integer> scores, List<GoalItem> goals, List<AgreementItem> agreements, LocalDate agreedOn,
        String agreedWith, LocalDate reviewDate) {

    public static final PlanContent EMPTY = new PlanContent(null, null, null, Map.of(), List.of(), List.of(), null,
            null, null);

    public PlanContent {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        goals = goals == null ? List.of() : List.copyOf(goals);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** The same plan with other agreements. */
    public PlanContent withAgreements(List<AgreementItem> newAgreements) {
        return new PlanContent(answerCanDoSelf, answerNeeds, answerWillDo, scores, goals, newAgreements, agreedOn,
                agreedWith, reviewDate);
    }

    /** The same plan with one more agreement. */
    public PlanContent withAgreement(AgreementItem agreement) {
        List<AgreementItem> more = new java.util.ArrayList<>(agreements);
        more.add(agreement);
        return withAgreements(more);
    }

    /** A goal in the client's own words, in one life area. */
    public record GoalItem(String key, Long lifeAreaId, String text) {
    }

    /**
     * Who does what, how often, from when, for which goal, on which rung of the ladder. Professional
     * care also carries why the lower rungs are not enough, its approval (indication) and its review
     * date; those approval fields are set by the server, never by the form. {@code assigneeId} is the
     * team member or volunteer (a user) who gets the agreement's tasks; for the own network the plan
     * owner follows them instead. {@code volunteerId} names the volunteer of the register on rung 2.
     */
    public record AgreementItem(String key, String what, Long needCategoryId, SupportRung rung, Long networkMemberId,
            String providerName, String organisation, String frequency, LocalDate startDate, LocalDate endDate,
            FundingDomain fundingDomain, String goalKey, String escalationReason, ApprovalState approval,
            String proposedBy, String decidedBy, LocalDate decidedOn, String decisionRemark, LocalDate reviewDate,
            Long assigneeId, Long volunteerId, Long needId) {

        /** An agreement as a form or a rule makes it: no justification, approval or review yet. */
        public AgreementItem(String key, String what, Long needCategoryId, SupportRung rung, Long networkMemberId,
                String providerName, String organisation, String frequency, LocalDate startDate, LocalDate endDate,
                FundingDomain fundingDomain, String goalKey) {
            this(key, what, needCategoryId, rung, networkMemberId, providerName, organisation, frequency, startDate,
                    endDate, fundingDomain, goalKey, null, null, null, null, null, null, null, null, null, null);
        }

        /** The same agreement with a justification for professional care. */
        public AgreementItem withEscalationReason(String reason) {
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, goalKey, reason, approval, proposedBy, decidedBy,
                    decidedOn, decisionRemark, reviewDate, assigneeId, volunteerId, needId);
        }

        /** The same agreement with an explicit review date (step down). */
        public AgreementItem withReviewDate(LocalDate date) {
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, goalKey, escalationReason, approval, proposedBy,
                    decidedBy, decidedOn, decisionRemark, date, assigneeId, volunteerId, needId);
        }

        /** The same agreement with the person who does its tasks in Samenplan (a user id, or none). */
        public AgreementItem withAssignee(Long userId) {
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, goalKey, escalationReason, approval, proposedBy,
                    decidedBy, decidedOn, decisionRemark, reviewDate, userId, volunteerId, needId);
        }

        /** The same agreement with the volunteer of the register who does it (rung 2), or none. */
        public AgreementItem withVolunteer(Long id) {
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, goalKey, escalationReason, approval, proposedBy,
                    decidedBy, decidedOn, decisionRemark, reviewDate, assigneeId, id, needId);
        }

        /** The same agreement for another goal (a goal's key), or for none. */
        public AgreementItem withGoal(String newGoalKey) {
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, newGoalKey, escalationReason, approval, proposedBy,
                    decidedBy, decidedOn, decisionRemark, reviewDate, assigneeId, volunteerId, needId);
        }

        /** The same agreement as the answer to a need (hulpvraag) of the workflow, or to none. */
        public AgreementItem withNeed(Long id) {
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, goalKey, escalationReason, approval, proposedBy,
                    decidedBy, decidedOn, decisionRemark, reviewDate, assigneeId, volunteerId, id);
        }

        /**
         * What a person edits in the agreement form, with the fields the server keeps (the indication,
         * the review date, the volunteer of the register, the need it answers) taken from {@code current}:
         * a form never changes those, so an outdated form cannot undo them.
         */
        public AgreementItem withServerFieldsOf(AgreementItem current) {
            if (current == null) {
                return this;
            }
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, goalKey, escalationReason, current.approval,
                    current.proposedBy, current.decidedBy, current.decidedOn, current.decisionRemark,
                    current.reviewDate, assigneeId, current.volunteerId, current.needId);
        }

        /** What a person edits in the agreement form (for a three-way merge); the server's fields left out. */
        public AgreementItem edited() {
            return new AgreementItem(key, what, needCategoryId, rung, networkMemberId, providerName, organisation,
                    frequency, startDate, endDate, fundingDomain, goalKey, escalationReason, null, null, null, null,
                    null, null, assigneeId, null, null);
        }

        /** Whether what is agreed (not its approval) differs from the other agreement. */
        public boolean sameContentAs(AgreementItem other) {
            return other != null && java.util.Objects.equals(what, other.what)
                    && java.util.Objects.equals(needCategoryId, other.needCategoryId) && rung == other.rung
                    && java.util.Objects.equals(providerName, other.providerName)
                    && java.util.Objects.equals(organisation, other.organisation)
                    && fundingDomain == other.fundingDomain;
        }
    }

    /** The indication state of professional care. */
    public enum ApprovalState {
        /** Waiting for someone who may indicate this domain. */
        TER_GOEDKEURING,
        GOEDGEKEURD,
        AFGEWEZEN;

        public String labelKey() {
            return "approval." + name().toLowerCase();
        }
    }
}

package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.PlausibleDate;

/**
 * What a plan must satisfy before it is saved. Plain Java: the catalogues and the client's network are
 * passed in as sets of ids. Every problem is a message key with parameters, in the order of the plan.
 */
public final class PlanRules {

    public static final int MAX_ANSWER = 4000;
    public static final int MAX_GOAL = 500;
    public static final int MAX_WHAT = 300;
    public static final int MAX_SCORE = 10;
    /** Who does it (a volunteer, a provision, a professional): the agreement's provider_name column. */
    public static final int MAX_PROVIDER = 200;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_FREQUENCY = 100;
    public static final int MAX_ESCALATION = 500;
    public static final int MAX_AGREED_WITH = 200;
    /** The approver's remark with an indication. */
    public static final int MAX_REMARK = 500;
    /** The name of a team member the plan records (owner, author, proposer, decider): a user's display name. */
    public static final int MAX_PERSON_NAME = 120;
    /** The summary of a revision, as the history shows it. */
    public static final int MAX_SUMMARY = 2000;

    private PlanRules() {
    }

    /** A problem found, as a message key and its parameters. */
    /**
     * A rule the plan does not meet: the message key and its parameters, and the field of the plan it is
     * about ("answerNeeds", "goals[1].text", "agreements[0]", "agreedOn", "score7"), so that the form can
     * say it there; null when no field is meant.
     */
    public record Problem(String key, Object[] params, String field) {

        public Problem(String key, Object... params) {
            this(key, params, null);
        }

        /** The same problem, about the field at {@code path}. */
        public Problem at(String path) {
            return new Problem(key, params, path);
        }
    }

    /** The problems as one refusal that names each field (at least one problem). */
    public static nl.samenplan.base.InvalidInputException refusal(List<Problem> problems) {
        return new nl.samenplan.base.InvalidInputException(problems.stream()
                .map(p -> new nl.samenplan.base.InvalidInputException.FieldProblem(p.field(), p.key(), p.params()))
                .toList());
    }

    public static List<Problem> check(PlanContent plan, Set<Long> lifeAreas, Set<Long> needCategories,
            Set<Long> professionalByNature, Set<Long> networkMembers, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String[][] answers = {{"answerCanDoSelf", plan.answerCanDoSelf()}, {"answerNeeds", plan.answerNeeds()},
                {"answerWillDo", plan.answerWillDo()}};
        for (String[] answer : answers) {
            if (tooLong(answer[1], MAX_ANSWER)) {
                problems.add(new Problem("error.plan.answerTooLong", MAX_ANSWER).at(answer[0]));
            }
        }
        for (Map.Entry<Long, Integer> score : plan.scores().entrySet()) {
            if (!lifeAreas.contains(score.getKey())) {
                problems.add(new Problem("error.plan.lifeAreaUnknown"));
            } else if (score.getValue() == null || score.getValue() < 0 || score.getValue() > MAX_SCORE) {
                problems.add(new Problem("error.plan.scoreRange").at("score" + score.getKey()));
            }
        }
        Set<String> goalKeys = new HashSet<>();
        int number = 0;
        for (PlanContent.GoalItem goal : plan.goals()) {
            number++;
            String path = "goals[" + (number - 1) + "].";
            if (goal.lifeAreaId() == null || !lifeAreas.contains(goal.lifeAreaId())) {
                problems.add(new Problem("error.plan.goalLifeArea", number).at(path + "lifeAreaId"));
            }
            if (goal.text() == null || goal.text().isBlank()) {
                problems.add(new Problem("error.plan.goalText", number).at(path + "text"));
            } else if (goal.text().strip().length() > MAX_GOAL) {
                problems.add(new Problem("error.plan.goalTooLong", number, MAX_GOAL).at(path + "text"));
            }
            if (goal.key() != null) {
                goalKeys.add(goal.key());
            }
        }
        number = 0;
        for (PlanContent.AgreementItem agreement : plan.agreements()) {
            number++;
            List<Problem> ofAgreement = new ArrayList<>();
            checkAgreement(agreement, number, needCategories, professionalByNature, networkMembers, goalKeys,
                    ofAgreement);
            String path = "agreements[" + (number - 1) + "]";
            ofAgreement.forEach(p -> problems.add(p.at(path)));
        }
        if (tooLong(plan.agreedWith(), MAX_AGREED_WITH)) {
            problems.add(new Problem("error.plan.agreedWithTooLong", MAX_AGREED_WITH).at("agreedWith"));
        }
        if (!PlausibleDate.Check.isPlausible(plan.agreedOn())) {
            problems.add(new Problem("error.plan.date", earliest(), latest()).at("agreedOn"));
        }
        if (!PlausibleDate.Check.isPlausible(plan.reviewDate())) {
            problems.add(new Problem("error.plan.date", earliest(), latest()).at("reviewDate"));
        }
        if (plan.agreedOn() != null && plan.agreedOn().isAfter(today)) {
            problems.add(new Problem("error.plan.agreedOnFuture").at("agreedOn"));
        }
        if (plan.agreedOn() != null && plan.reviewDate() != null && !plan.reviewDate().isAfter(plan.agreedOn())) {
            problems.add(new Problem("error.plan.reviewBeforeAgreement").at("reviewDate"));
        }
        return problems;
    }

    /** Refuses the plan when it has problems: all of them, each with its field (it reads as the first). */
    public static void require(PlanContent plan, Set<Long> lifeAreas, Set<Long> needCategories,
            Set<Long> professionalByNature, Set<Long> networkMembers, LocalDate today) {
        List<Problem> problems = check(plan, lifeAreas, needCategories, professionalByNature, networkMembers, today);
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
    }

    /** The problems of one agreement (number {@code number} in the plan), e.g. while its dialog is open. */
    public static List<Problem> checkAgreement(PlanContent.AgreementItem agreement, int number,
            Set<Long> needCategories, Set<Long> professionalByNature, Set<Long> networkMembers, Set<String> goalKeys) {
        List<Problem> problems = new ArrayList<>();
        checkAgreement(agreement, number, needCategories, professionalByNature, networkMembers, goalKeys, problems);
        return problems;
    }

    /** Longer than the column holds, once trimmed (the plan stores texts trimmed). */
    private static boolean tooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }

    private static String earliest() {
        return DutchFormats.date(PlausibleDate.EARLIEST);
    }

    private static String latest() {
        return DutchFormats.date(PlausibleDate.LATEST);
    }

    private static void checkAgreement(PlanContent.AgreementItem a, int number, Set<Long> needCategories,
            Set<Long> professionalByNature, Set<Long> networkMembers, Set<String> goalKeys, List<Problem> problems) {
        if (a.what() == null || a.what().isBlank()) {
            problems.add(new Problem("error.agreement.what", number));
        } else if (a.what().strip().length() > MAX_WHAT) {
            problems.add(new Problem("error.agreement.whatTooLong", number, MAX_WHAT));
        }
        if (a.needCategoryId() == null || !needCategories.contains(a.needCategoryId())) {
            problems.add(new Problem("error.agreement.category", number));
        }
        if (a.rung() == null) {
            problems.add(new Problem("error.agreement.rung", number));
            return;
        }
        switch (a.rung()) {
            case ZELF -> { }
            case EIGEN_NETWERK -> {
                if (a.networkMemberId() == null || !networkMembers.contains(a.networkMemberId())) {
                    problems.add(new Problem("error.agreement.networkMember", number));
                }
            }
            case VRIJWILLIGERS, ALGEMENE_VOORZIENINGEN, PROFESSIONELE_ZORG -> {
                if (a.providerName() == null || a.providerName().isBlank()) {
                    problems.add(new Problem("error.agreement.provider", number));
                }
            }
        }
        if (tooLong(a.providerName(), MAX_PROVIDER)) {
            problems.add(new Problem("error.agreement.providerTooLong", number, MAX_PROVIDER));
        }
        if (a.rung().isProfessional() && tooLong(a.organisation(), MAX_ORGANISATION)) {
            problems.add(new Problem("error.agreement.organisationTooLong", number, MAX_ORGANISATION));
        }
        if (tooLong(a.frequency(), MAX_FREQUENCY)) {
            problems.add(new Problem("error.agreement.frequencyTooLong", number, MAX_FREQUENCY));
        }
        if (a.rung().isProfessional() && tooLong(a.escalationReason(), MAX_ESCALATION)) {
            problems.add(new Problem("error.agreement.escalationTooLong", number, MAX_ESCALATION));
        }
        if (!PlausibleDate.Check.isPlausible(a.startDate()) || !PlausibleDate.Check.isPlausible(a.endDate())) {
            problems.add(new Problem("error.agreement.date", number, earliest(), latest()));
        }
        if (a.rung().isProfessional() && a.fundingDomain() == null) {
            problems.add(new Problem("error.agreement.fundingDomain", number));
        }
        // Justified escalation: professional care needs a short reason, unless it is professional by nature
        if (a.rung().isProfessional() && !professionalByNature.contains(a.needCategoryId())
                && (a.escalationReason() == null || a.escalationReason().isBlank())) {
            problems.add(new Problem("error.agreement.escalationReason", number));
        }
        if (a.startDate() != null && a.endDate() != null && a.endDate().isBefore(a.startDate())) {
            problems.add(new Problem("error.agreement.period", number));
        }
        if (a.goalKey() != null && !goalKeys.contains(a.goalKey())) {
            problems.add(new Problem("error.agreement.goal", number));
        }
    }
}

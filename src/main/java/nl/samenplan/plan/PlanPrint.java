package nl.samenplan.plan;

import java.util.List;

/**
 * Everything the printable plan shows, as display strings the caller has already formatted (dates as dd-MM-yyyy,
 * names, rung and funding-domain labels). Any value may be null or empty; lists may be null or empty: the PDF then
 * prints a placeholder. {@code addressedAs} is how the plan greets the client (the roepnaam, else the first name);
 * {@code ownerPhone} is the plan owner's phone, printed as the contact.
 */
public record PlanPrint(
        String clientName,
        String dateOfBirth,
        String village,
        String teamName,
        String ownerName,
        String printedOn,
        String answerCanDoSelf,
        String answerNeeds,
        String answerWillDo,
        List<Score> scores,
        List<Goal> goals,
        List<Agreement> agreements,
        String agreedOn,
        String agreedWith,
        String reviewDate,
        String addressedAs,
        String ownerPhone) {

    /** The plan without a roepnaam to address the client by and without the plan owner's phone. */
    public PlanPrint(String clientName, String dateOfBirth, String village, String teamName, String ownerName,
            String printedOn, String answerCanDoSelf, String answerNeeds, String answerWillDo, List<Score> scores,
            List<Goal> goals, List<Agreement> agreements, String agreedOn, String agreedWith, String reviewDate) {
        this(clientName, dateOfBirth, village, teamName, ownerName, printedOn, answerCanDoSelf, answerNeeds,
                answerWillDo, scores, goals, agreements, agreedOn, agreedWith, reviewDate, null, null);
    }

    /** The client's own score for one life area, 0 to 10 (null when not filled in). */
    public record Score(String lifeArea, Integer score) {
    }

    /** A goal in the client's words, in one life area. */
    public record Goal(String lifeArea, String text) {
    }

    /**
     * A support agreement: what, who, the rung of the support ladder (e.g. "Eigen netwerk"), how often, the period
     * (e.g. "vanaf 01-12-2026"), the funding domain for professional care (Wmo, Zvw, Wlz; otherwise empty) and the
     * goal it serves.
     */
    public record Agreement(String what, String who, String rung, String frequency, String period,
            String fundingDomain, String goal) {
    }
}

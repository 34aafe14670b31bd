package nl.samenplan.workflow;

/**
 * What the router needs to know about a new need (hulpvraag): which kind of help, whether that kind is
 * professional by nature (catalogue), the client's village (volunteers and provisions are local), and whether the
 * client consented to sharing their data with the team's volunteers (without it no volunteer is proposed).
 */
public record NeedFacts(long needCategoryId, String categoryName, boolean professionalByNature, String village,
        boolean clientCanDoItSelf, boolean volunteerConsent) {

    /** A need of a client who consented to sharing with volunteers. */
    public NeedFacts(long needCategoryId, String categoryName, boolean professionalByNature, String village,
            boolean clientCanDoItSelf) {
        this(needCategoryId, categoryName, professionalByNature, village, clientCanDoItSelf, true);
    }
}

package nl.samenplan.workflow;

/**
 * What the router needs to know about a new need (hulpvraag): which kind of help, whether that kind is
 * professional by nature (catalogue), and the client's village (volunteers and provisions are local).
 */
public record NeedFacts(long needCategoryId, String categoryName, boolean professionalByNature, String village,
        boolean clientCanDoItSelf) {
}

package nl.samenplan.plan;

/**
 * Published inside the transaction of a plan save: an agreement that answered a need (hulpvraag) left
 * the plan (it was removed, or it ended), and no other agreement answers that need. The workflow opens
 * the need again and tells the plan owner, so that nobody counts on help that is no longer there.
 */
public record NeedAgreementLeft(long clientId, long needId, String what, String by) {
}

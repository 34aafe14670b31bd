package nl.samenplan.plan;

/**
 * Published inside the transaction that saved a plan or decided on its care: an agreement that answers a
 * need (hulpvraag) now meets it, on any rung (care on rungs 0-3 as soon as it is agreed, professional care
 * once it is indicated). The workflow marks the need as met, so that nobody asks for help that is there.
 */
public record NeedAnswered(long clientId, long needId, SupportRung rung, String what) {
}

package nl.samenplan.plan;

/**
 * Published inside the transaction that saved a plan or decided on its care: what the agreements say
 * may have changed, so whatever follows from them (the tasks) can follow before the commit.
 */
public record AgreementsChanged(long clientId) {
}

package nl.samenplan.base.access;

/**
 * What a {@link LogsAccess} method returns when its entry should say more than the method's name: for an export, to
 * whom it went ("voor naaste Els Hoekstra"). The access log appends it to the entry's detail.
 */
public interface AccessDetail {

    String accessDetail();
}

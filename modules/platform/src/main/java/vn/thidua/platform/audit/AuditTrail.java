package vn.thidua.platform.audit;

import java.util.Map;

/**
 * Appends audit entries. Every write of every module calls this in its own transaction, so that the entry
 * and the change commit or roll back together. (The chain and its storage are the platform's internals.)
 */
public interface AuditTrail {

    /** The actor recorded for work the application does by itself, such as the first start. */
    String SYSTEM = "system";

    /** Records a change of a record that belongs to no unit (accounts, settings): the root's readers see it. */
    void record(String entityType, Object entityId, AuditAction action, Map<String, ?> before, Map<String, ?> after);

    /** Records a change of a record of the unit at {@code unitPath}, whose auditors will read it. */
    void recordIn(String unitPath, String entityType, Object entityId, AuditAction action, Map<String, ?> before,
                  Map<String, ?> after);

    /** Records a change made by {@code actor} (work done for somebody, or by the application itself). */
    void recordAs(String actor, String unitPath, String entityType, Object entityId, AuditAction action,
                  Map<String, ?> before, Map<String, ?> after);

    /**
     * When a key is configured and the newest entry is not sealed with it (a new installation, or the key was just
     * configured), appends an entry saying so, sealed: from here on the verification expects every entry sealed.
     */
    void sealFromNowOn();

    /**
     * Takes the lock that every audited write takes anyway, earlier: a service that checks before it writes (a
     * duplicate check, say) calls this first, so that two simultaneous writers cannot both pass the check.
     */
    void serialiseWrites();

    /**
     * Records that the caller read personal data (Decree 13/2023/NĐ-CP): which record and which field, never
     * the value itself.
     */
    void recordPersonalDataRead(String unitPath, String entityType, Object entityId, String field);
}

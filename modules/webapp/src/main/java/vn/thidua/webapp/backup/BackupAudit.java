package vn.thidua.webapp.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/** The audit entry of a backup an administrator took, in a transaction of its own that commits before the copy. */
@ApplicationScoped
public class BackupAudit {

    @Inject private AuditTrail auditTrail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void backedUp(String file) {
        auditTrail.record("Backup", file, AuditAction.CREATE, null, Map.of("file", file));
    }
}

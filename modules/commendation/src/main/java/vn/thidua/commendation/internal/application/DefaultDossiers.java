package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.internal.domain.DossierContent;
import vn.thidua.commendation.internal.domain.DossierFile;
import vn.thidua.commendation.internal.domain.NominationBatch;
import vn.thidua.organisation.UnitScope;
import vn.thidua.platform.Checks;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Roles;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.files.FileTypes;

/** A batch's dossier files: checked by their content (not their name), kept whole with their digest, audited. */
@ApplicationScoped
@Transactional
public class DefaultDossiers implements Dossiers {

    private static final String BUNDLE = BatchAccess.BUNDLE;

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private BatchAccess access;
    @Inject private UnitScope scope;
    @Inject private AuditTrail auditTrail;
    @Inject
    @ConfigProperty(name = "thidua.dossier.max-file-mb", defaultValue = "20")
    private int maxFileMegabytes;

    @Override
    public long upload(long batchId, Long nomineeId, Nominations.Part part, String fileName, InputStream content) {
        NominationBatch batch = access.batch(batchId);
        access.requireRole(batch.getUnitPath(), Set.of(Roles.UNIT_OFFICER, Roles.SPECIALIST, Roles.ADMIN,
                Roles.COUNCIL_SECRETARY), "dossier of batch " + batchId);
        if (batch.getState().isFinal()) {
            throw new ConflictException(new Violation("state", BUNDLE, "nomination.notNow", DefaultNominationService.state(batch.getState())));
        }
        Checks checks = new Checks();
        checks.require(part != null, Violation.of("part", "required"));
        String name = checks.requiredText("file", fileName, 255);
        checks.throwIfAny();
        if (nomineeId != null && !access.nominee(nomineeId).getBatch().getId().equals(batchId)) {
            throw new InvalidInputException(new Violation("nomineeId", BUNDLE, "nomination.nomineeElsewhere"));
        }
        long limit = maxFileMegabytes * 1024L * 1024L;
        byte[] bytes = FileTypes.readUpTo(content, limit);
        if (bytes.length > limit) {
            throw new InvalidInputException(new Violation("file", BUNDLE, "dossier.tooLarge", maxFileMegabytes));
        }
        if (bytes.length == 0) {
            throw new InvalidInputException(new Violation("file", BUNDLE, "dossier.empty"));
        }
        FileTypes.Type type = FileTypes.sniff(bytes).orElseThrow(() -> new InvalidInputException(
                new Violation("file", BUNDLE, "dossier.unknownType", name)));
        if (!FileTypes.nameAgrees(name, type)) {
            throw new InvalidInputException(new Violation("file", BUNDLE, "dossier.nameMismatch", name, type.name()));
        }
        String sha256 = FileTypes.sha256(bytes);
        DossierFile file = new DossierFile(batchId, nomineeId, part.name(), name, type.contentType(), bytes.length,
                sha256, BatchAccess.now(), access.actor());
        em.persist(file);
        em.flush();
        em.persist(new DossierContent(file.getId(), bytes));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("batchId", batchId);
        after.put("nomineeId", nomineeId);
        after.put("part", part);
        after.put("fileName", name);
        after.put("contentType", type.contentType());
        after.put("size", bytes.length);
        after.put("sha256", sha256);
        auditTrail.recordIn(batch.getUnitPath(), "DossierFile", file.getId(), AuditAction.CREATE, null, after);
        return file.getId();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Nominations.StoredFile file(long fileId) {
        DossierFile file = em.find(DossierFile.class, fileId);
        if (file == null) {
            throw new UnknownRecordException(new Violation("id", BUNDLE, "dossier.notFound", fileId));
        }
        scope.checkRead(access.batch(file.getBatchId()).getUnitPath(), "dossier file " + fileId);
        return new Nominations.StoredFile(file.getFileName(), file.getContentType(),
                em.find(DossierContent.class, fileId).getContent());
    }
}

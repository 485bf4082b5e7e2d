package vn.thidua.campaigns.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.campaigns.Movements;
import vn.thidua.campaigns.internal.domain.Document;
import vn.thidua.campaigns.internal.domain.DocumentContent;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Checks;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.Violation;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.files.FileTypes;

/** Stores uploaded documents of campaigns (type recognised from the content, size limited, SHA-256 kept). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Documents {

    static final String BUNDLE = "vn.thidua.campaigns.i18n.messages";
    static final Set<FileTypes.Type> PHOTOS = Set.of(FileTypes.Type.JPEG, FileTypes.Type.PNG);
    static final Set<FileTypes.Type> ANY = Set.of(FileTypes.Type.values());

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail auditTrail;
    @Inject private Caller caller;
    @Inject
    @ConfigProperty(name = "thidua.dossier.max-file-mb", defaultValue = "20")
    private int maxFileMegabytes;

    /** The stored document, or null when {@code content} is null (no file given). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Document store(String field, String fileName, InputStream content, String unitPath, Set<FileTypes.Type> allowed) {
        if (content == null) {
            return null;
        }
        Checks checks = new Checks();
        String name = checks.requiredText(field, fileName, 255);
        checks.throwIfAny();
        long limit = maxFileMegabytes * 1024L * 1024L;
        byte[] bytes = FileTypes.readUpTo(content, limit);
        if (bytes.length > limit) {
            throw new InvalidInputException(new Violation(field, BUNDLE, "document.tooLarge", maxFileMegabytes));
        }
        if (bytes.length == 0) {
            throw new InvalidInputException(new Violation(field, BUNDLE, "document.empty"));
        }
        FileTypes.Type type = FileTypes.sniff(bytes).filter(allowed::contains).orElseThrow(() -> new InvalidInputException(
                new Violation(field, BUNDLE, allowed == PHOTOS ? "document.notPhoto" : "document.unknownType", name)));
        if (!FileTypes.nameAgrees(name, type)) {
            throw new InvalidInputException(new Violation(field, BUNDLE, "document.nameMismatch", name, type.name()));
        }
        String sha256 = FileTypes.sha256(bytes);
        Document document = new Document(name, type.contentType(), (long) bytes.length, sha256, unitPath,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                Objects.requireNonNullElse(caller.name(), AuditTrail.SYSTEM));
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), bytes));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fileName", name);
        after.put("contentType", type.contentType());
        after.put("size", bytes.length);
        after.put("sha256", sha256);
        auditTrail.recordIn(unitPath, "Document", document.getId(), AuditAction.CREATE, null, after);
        return document;
    }

    public Movements.DocumentDetails view(Long id) {
        if (id == null) {
            return null;
        }
        Document d = em.find(Document.class, id);
        return new Movements.DocumentDetails(d.getId(), d.getFileName(), d.getContentType(), d.getSizeBytes());
    }

    public Movements.StoredDocument read(long id) {
        Document d = em.find(Document.class, id);
        return new Movements.StoredDocument(d.getFileName(), d.getContentType(),
                em.find(DocumentContent.class, id).getContent());
    }

    public Document find(long id) {
        return em.find(Document.class, id);
    }
}

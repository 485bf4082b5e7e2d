package vn.thidua.organisation.internal.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thidua.organisation.UnitScope;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Caller;
import vn.thidua.platform.Roles;

/** The caller's grants, read once per request. */
@RequestScoped
public class DefaultUnitScope implements UnitScope {

    static final Set<String> WRITERS = Set.of(Roles.ADMIN, Roles.SPECIALIST, Roles.INTEGRATION, Roles.UNIT_OFFICER);

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private Caller caller;

    private List<Object[]> grants;
    private String actingFor;

    @Override
    public void actFor(String username) {
        String current;
        try {
            current = caller.name();
        } catch (RuntimeException noServletRequest) {
            current = null;
        }
        if (current != null) {
            throw new IllegalStateException("A signed-in request cannot act for another account");
        }
        actingFor = username;
        grants = null;
    }

    private List<Object[]> grants() {
        if (grants == null) {
            String name = actingFor != null ? actingFor : caller.name();
            grants = name == null ? List.of() : em.createNamedQuery("AccountGrant.pathsOf", Object[].class)
                    .setParameter("username", name).getResultList();
        }
        return grants;
    }

    @Override
    public boolean canRead(String unitPath) {
        return grants().stream().anyMatch(g -> unitPath.startsWith((String) g[1]));
    }

    @Override
    public boolean canWrite(String unitPath) {
        return grants().stream().anyMatch(g -> WRITERS.contains((String) g[0]) && unitPath.startsWith((String) g[1]));
    }

    @Override
    public boolean hasRoleOn(String unitPath, java.util.Collection<String> roles) {
        return grants().stream().anyMatch(g -> roles.contains((String) g[0]) && unitPath.startsWith((String) g[1]));
    }

    @Override
    public boolean hasRoleOnRoot(java.util.Collection<String> roles) {
        return grants().stream().anyMatch(g -> roles.contains((String) g[0]) && isRoot((String) g[1]));
    }

    @Override
    public List<String> pathsWith(java.util.Collection<String> roles) {
        return minimal(grants().stream().filter(g -> roles.contains((String) g[0])).map(g -> (String) g[1]));
    }

    /** The root's path is "/id/": one segment. */
    static boolean isRoot(String path) {
        return path.chars().filter(c -> c == '/').count() == 2;
    }

    @Override
    public void checkRead(String unitPath, String what) {
        if (!canRead(unitPath)) {
            throw new AccessDeniedException(what);
        }
    }

    @Override
    public void checkWrite(String unitPath, String what) {
        if (!canWrite(unitPath)) {
            throw new AccessDeniedException(what);
        }
    }

    @Override
    public List<String> readablePaths() {
        return minimal(grants().stream().map(g -> (String) g[1]));
    }

    private static List<String> minimal(java.util.stream.Stream<String> all) {
        List<String> paths = all.distinct().sorted().toList();
        List<String> minimal = new ArrayList<>();
        for (String path : paths) {
            if (minimal.stream().noneMatch(path::startsWith)) {
                minimal.add(path);
            }
        }
        return minimal;
    }

    @Override
    public boolean readsEverything() {
        return readablePaths().stream().anyMatch(DefaultUnitScope::isRoot);
    }
}

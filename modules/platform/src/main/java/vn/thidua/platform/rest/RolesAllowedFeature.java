package vn.thidua.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on JAX-RS resource methods and
 * classes with the portable API (the runtime's own feature is not standard). A method without any of them
 * on itself or its class is refused: every endpoint states who may call it.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleFilter(List.of()));
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !type.isAnnotationPresent(PermitAll.class)) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RoleFilter(List.of(allowed.value())));
        } else if (!type.isAnnotationPresent(PermitAll.class)) {
            context.register(new RoleFilter(List.of()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {

        private final List<String> roles;

        RoleFilter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(ProblemResponses.of(401, ProblemMessages.get("problem.unauthenticated"), null));
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(ProblemResponses.of(403, ProblemMessages.get("problem.forbidden"), null));
            }
        }
    }
}

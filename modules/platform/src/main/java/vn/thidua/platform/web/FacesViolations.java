package vn.thidua.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Set;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.ConflictException;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.StaleVersionException;
import vn.thidua.platform.UnknownRecordException;
import vn.thidua.platform.Violation;

/**
 * Shows what a service refused on the page, in the user's language: each violation next to its field when
 * the form has one ({@code formId:field}), else at the top. What the user typed stays in the form.
 */
public final class FacesViolations {

    private FacesViolations() {
    }

    /**
     * Runs an action of a page; a refusal of the services becomes messages instead of an error page.
     *
     * @param fields the fields of the form that have their own message component
     * @return true when the action succeeded
     */
    public static boolean attempt(String formId, Set<String> fields, Runnable action) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            for (Violation violation : e.violations()) {
                add(context, fields.contains(violation.field()) ? formId + ":" + violation.field() : null, violation);
            }
        } catch (UnknownRecordException e) {
            Violation violation = e.violation();
            add(context, fields.contains(violation.field()) ? formId + ":" + violation.field() : null, violation);
        } catch (ConflictException e) {
            add(context, null, e.violation());
        } catch (StaleVersionException e) {
            add(context, null, Violation.of("form", "staleVersion"));
        } catch (AccessDeniedException e) {
            add(context, null, Violation.of("form", "accessDenied"));
        }
        context.validationFailed();
        return false;
    }

    private static void add(FacesContext context, String clientId, Violation violation) {
        Locale locale = context.getViewRoot().getLocale();
        String text = violation.message(locale);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}

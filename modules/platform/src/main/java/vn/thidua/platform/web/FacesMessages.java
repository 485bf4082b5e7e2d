package vn.thidua.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** Adds messages to the current page in the user's language, taken from a bundle by key. */
public final class FacesMessages {

    private FacesMessages() {
    }

    /**
     * @param clientId the component the message belongs to, shown next to it; {@code null} for the page
     * @param bundleVar the bundle's {@code var} name declared in faces-config.xml
     */
    public static void error(String clientId, String bundleVar, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, bundleVar, key, arguments);
    }

    public static void info(String clientId, String bundleVar, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, clientId, bundleVar, key, arguments);
    }

    /** An information of the platform's own bundle (a {@link vn.thidua.platform.Violation} used as a message). */
    public static void info(String clientId, vn.thidua.platform.Violation message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO,
                message.message(context.getViewRoot().getLocale()), null));
    }

    /** A text of a bundle in the user's language, its {@code {0}}… filled with the arguments. */
    public static String text(String bundleVar, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, bundleVar).getString(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String bundleVar, String key,
                            Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(bundleVar, key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

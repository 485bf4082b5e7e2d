package vn.thidua.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

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

    private static void add(FacesMessage.Severity severity, String clientId, String bundleVar, String key,
                            Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, bundleVar);
        String pattern = bundle.getString(key);
        String text = arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
        context.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

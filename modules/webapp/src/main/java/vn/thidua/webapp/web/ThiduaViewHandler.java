package vn.thidua.webapp.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Takes the locale of every view from the user's choice (Vietnamese unless they chose English), not from the
 * browser, so that messages added before the page is rendered (view actions) speak the page's language.
 */
public class ThiduaViewHandler extends ViewHandlerWrapper {

    public ThiduaViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleView.class).get().getLocale();
    }
}

package vn.thidua.campaigns.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.thidua.campaigns.ExemplarService;
import vn.thidua.campaigns.Movements;
import vn.thidua.platform.UnknownRecordException;

/**
 * An exemplar's photo for the honour board ({@code /campaigns/photo?id=}); like the board, for every signed-in user
 * (web.xml requires sign-in for every path but the public ones).
 */
@WebServlet("/campaigns/photo")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private transient ExemplarService exemplars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Movements.StoredDocument photo;
        try {
            photo = exemplars.photo(id);
        } catch (UnknownRecordException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.contentType());
        response.setContentLength(photo.content().length);
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(photo.content());
    }
}

package vn.thidua.organisation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.thidua.organisation.PersonQuery;
import vn.thidua.organisation.PersonService;
import vn.thidua.organisation.PersonSummary;
import vn.thidua.organisation.internal.documents.PeopleWorkbook;
import vn.thidua.platform.Checks;
import vn.thidua.platform.web.FacesViolations;

/**
 * The people list: a lazy table paged and sorted in the database, searched ignoring case and diacritics,
 * optionally within a unit's subtree. The view keeps the search, not the rows of other pages.
 */
@Named
@ViewScoped
public class PeopleListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 500;

    @Inject private PersonService people;

    @Getter @Setter private String text;
    @Getter @Setter private String unitCode;
    @Getter private LazyDataModel<PersonSummary> model;

    @PostConstruct
    void init() {
        model = new PeopleModel(this);
    }

    /** Runs when the search or unit changes: the table goes back to its first page. */
    public void search() {
        FacesViolations.attempt("filters", Set.of("unit"), () -> {
            Checks checks = new Checks();
            checks.code("unit", unitCode, false);
            checks.throwIfAny();
        });
    }

    /** Streams the whole current list (search and unit as shown) as a workbook, 500 rows per query. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Locale locale = faces.getViewRoot().getLocale();
        external.responseReset();
        external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"can-bo.xlsx\"");
        Iterable<PersonSummary> all = () -> new Iterator<>() {
            private int page;
            private Iterator<PersonSummary> current = Collections.emptyIterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!current.hasNext() && !exhausted) {
                    List<PersonSummary> next = people.list(query(page++, EXPORT_PAGE, PersonQuery.PersonSort.NAME, true));
                    exhausted = next.size() < EXPORT_PAGE;
                    current = next.iterator();
                }
                return current.hasNext();
            }

            @Override
            public PersonSummary next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        PeopleWorkbook.writeList(external.getResponseOutputStream(), all, locale);
        faces.responseComplete();
    }

    PersonQuery query(int page, int size, PersonQuery.PersonSort sort, boolean ascending) {
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        return new PersonQuery(text, unit, page, size, sort, ascending);
    }

    PersonService people() {
        return people;
    }

    /** Reads one page at a time: a count query and a page query, both in the database. */
    static final class PeopleModel extends LazyDataModel<PersonSummary> {

        private static final long serialVersionUID = 1L;

        private final PeopleListView view;

        PeopleModel(PeopleListView view) {
            this.view = view;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, safely(() -> view.people().count(view.query(0, 1, null, true)), 0L));
        }

        @Override
        public List<PersonSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            PersonQuery.PersonSort sort = PersonQuery.PersonSort.NAME;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "code" -> PersonQuery.PersonSort.CODE;
                    case "birthDate" -> PersonQuery.PersonSort.BIRTH_DATE;
                    default -> PersonQuery.PersonSort.NAME;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            int page = pageSize == 0 ? 0 : first / pageSize;
            PersonQuery query = view.query(page, pageSize, sort, ascending);
            long total = getRowCount() > 0 ? getRowCount() : -1;
            return safely(() -> view.people().list(query, total), List.of());
        }

        @Override
        public String getRowKey(PersonSummary person) {
            return person.code();
        }

        @Override
        public PersonSummary getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(p -> p.code().equals(rowKey)).findFirst().orElse(null);
        }

        /** An unknown unit code shows as a message next to the filter, and an empty list. */
        private static <T> T safely(java.util.function.Supplier<T> read, T otherwise) {
            Object[] result = {otherwise};
            FacesViolations.attempt("filters", Set.of("unit"), () -> result[0] = read.get());
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return value;
        }
    }
}

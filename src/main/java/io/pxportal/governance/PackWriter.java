package io.pxportal.governance;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.i18n.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Phrase;
import org.springframework.context.MessageSource;

/**
 * Writes a steering pack: a cover (review, date, platforms, attendees, frozen or live), then every agenda section
 * in the review's order — its items with their figures formatted exactly as the review page shows them, and the
 * charts the section's modules draw — then the decisions and the open actions. Sections are whatever the agenda
 * has: a module that adds an agenda source (and a chart source) appears in the pack without a change here.
 */
final class PackWriter {

    private static final int MAX_FIGURE_COLUMNS = 8;
    /** Items side by side in a turned table: four columns of amounts still fit an A4 landscape page. */
    private static final int ITEMS_PER_TURNED = 4;

    private static final float MIN_TITLE_WIDTH = 140;

    private final PackContent content;
    private final MessageSource messages;
    private final DoubleConsumer progress;

    PackWriter(PackContent content, MessageSource messages, DoubleConsumer progress) {
        this.content = content;
        this.messages = messages;
        this.progress = progress;
    }

    byte[] write() {
        PackDocument pdf = new PackDocument(
                Languages.isRightToLeft(content.locale()),
                t("governance.pack.title") + " · " + content.review().title());
        cover(pdf);
        List<AgendaSection> sections = content.agenda().sections();
        for (int i = 0; i < sections.size(); i++) {
            pdf.newPage();
            section(pdf, sections.get(i));
            progress.accept(0.5 + 0.35 * (i + 1) / sections.size());
        }
        pdf.newPage();
        decisions(pdf);
        actions(pdf);
        progress.accept(0.9);
        return pdf.finish((page, pages) -> content.review().title() + "  ·  " + t("governance.pack.page", page, pages));
    }

    private void cover(PackDocument pdf) {
        ReviewView review = content.review();
        Agenda agenda = content.agenda();
        pdf.heading(t("governance.pack.title"), 1);
        pdf.text(review.title(), 22, true, PackDocument.INK);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t("review.held-on"), Formats.date(review.heldOn(), content.locale())});
        facts.add(new String[] {
            t("review.platforms"),
            review.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", "))
        });
        facts.add(new String[] {
            t("review.attendees"),
            review.attendees().isEmpty() ? "—" : content.names().all(review.attendees())
        });
        facts.add(new String[] {
            t("review.status"), t("review-status." + review.status().name())
        });
        facts.add(new String[] {
            t("review.agenda"),
            t(
                    agenda.frozen() ? "review.agenda.frozen" : "review.agenda.live",
                    Formats.date(agenda.asOf(), content.locale()),
                    Formats.date(agenda.until(), content.locale()))
        });
        if (review.closedAt() != null) {
            facts.add(new String[] {
                "",
                t(
                        "review.closed-by",
                        content.names().of(review.closedBy()),
                        Formats.dateTime(review.closedAt(), content.zone(), content.locale()))
            });
        }
        if (review.notes() != null) {
            facts.add(new String[] {t("review.notes"), review.notes()});
        }
        pdf.facts(facts);
        pdf.text(
                t(
                        "governance.pack.generated",
                        Formats.dateTime(content.generatedAt(), content.zone(), content.locale()),
                        content.names().of(content.generatedBy())),
                8,
                false,
                PackDocument.MUTED);
    }

    private void section(PackDocument pdf, AgendaSection section) {
        pdf.heading(t("agenda.section." + section.section()), 1);
        if (section.items().isEmpty()) {
            pdf.text(t("review.agenda.nothing"), 10, false, PackDocument.MUTED);
        } else {
            items(pdf, section.items());
        }
        List<AgendaChart> charts = content.charts().getOrDefault(section.section(), List.of());
        if (!charts.isEmpty()) {
            pdf.charts(
                    charts.stream().map(AgendaChart::chart).toList(),
                    charts.stream().map(AgendaChart::title).toList(),
                    200,
                    t("chart.empty"));
        }
    }

    /**
     * The section's items as tables ({@link AgendaTable}): an item per row while its figures fit beside the title,
     * else a figure per row and an item per column. A figure column is as wide as its widest value, so an amount is
     * never broken over two lines; the title takes what is left.
     */
    private void items(PackDocument pdf, List<AgendaItem> items) {
        for (AgendaTable table : AgendaTable.of(items, MAX_FIGURE_COLUMNS, ITEMS_PER_TURNED)) {
            if (table.turned() || !rows(pdf, table)) {
                turned(pdf, table);
            }
        }
    }

    /** An item per row; false when the figures need more room than the page leaves beside the titles. */
    private boolean rows(PackDocument pdf, AgendaTable table) {
        List<String> headers = new ArrayList<>();
        headers.add(t("review.agenda.item"));
        table.labelKeys().forEach(key -> headers.add(t(key)));
        float[] widths = new float[headers.size()];
        float figures = 0;
        for (int i = 0; i < table.labelKeys().size(); i++) {
            String key = table.labelKeys().get(i);
            float width = pdf.longestWord(t(key), PackDocument.HEADER_SIZE, true);
            for (AgendaItem item : table.items()) {
                width = Math.max(width, figureWidth(pdf, item, key));
            }
            widths[i + 1] = width + PackDocument.CELL_SLACK;
            figures += widths[i + 1];
        }
        if (figures > pdf.width() - MIN_TITLE_WIDTH) {
            return false;
        }
        widths[0] = pdf.width() - figures;
        List<List<Phrase>> rows = new ArrayList<>();
        for (AgendaItem item : table.items()) {
            List<Phrase> row = new ArrayList<>();
            row.add(title(pdf, item));
            table.labelKeys().forEach(key -> row.add(new Phrase(value(item, key), pdfFont(pdf, false))));
            rows.add(row);
        }
        pdf.table(headers, rows, widths);
        return true;
    }

    /** A figure per row, an item per column, headed by the item's title. */
    private void turned(PackDocument pdf, AgendaTable table) {
        List<String> headers = new ArrayList<>();
        headers.add(t("review.agenda.figure"));
        float[] widths = new float[table.items().size() + 1];
        widths[0] = 0;
        for (String key : table.labelKeys()) {
            widths[0] = Math.max(widths[0], pdf.longestWord(t(key), PackDocument.TEXT_SIZE, false));
        }
        widths[0] = Math.max(widths[0] + PackDocument.CELL_SLACK, MIN_TITLE_WIDTH);
        for (int i = 0; i < table.items().size(); i++) {
            AgendaItem item = table.items().get(i);
            headers.add(
                    item.needsDecision() ? item.title() + "\n" + t("governance.pack.decision-needed") : item.title());
            float width = pdf.longestWord(item.title(), PackDocument.HEADER_SIZE, true);
            for (String key : table.labelKeys()) {
                width = Math.max(width, figureWidth(pdf, item, key));
            }
            widths[i + 1] = width + PackDocument.CELL_SLACK;
        }
        List<List<Phrase>> rows = new ArrayList<>();
        for (String key : table.labelKeys()) {
            List<Phrase> row = new ArrayList<>();
            row.add(new Phrase(t(key), pdf.font(PackDocument.TEXT_SIZE, false, PackDocument.MUTED)));
            table.items().forEach(item -> row.add(new Phrase(value(item, key), pdfFont(pdf, false))));
            rows.add(row);
        }
        pdf.table(headers, rows, widths);
    }

    private Phrase title(PackDocument pdf, AgendaItem item) {
        Phrase title = new Phrase(item.title(), pdfFont(pdf, false));
        if (item.needsDecision()) {
            title.add(Chunk.NEWLINE);
            title.add(new Chunk(t("governance.pack.decision-needed"), pdf.font(8, true, PackDocument.ACCENT)));
        }
        return title;
    }

    /** The room a figure needs: text may wrap between words; a number, amount or date must stay whole. */
    private float figureWidth(PackDocument pdf, AgendaItem item, String key) {
        AgendaFigure figure = AgendaTable.figure(item, key).orElse(null);
        if (figure == null) {
            return 0;
        }
        String shown = display(figure);
        return figure.kind() == AgendaFigure.Kind.TEXT || figure.kind() == AgendaFigure.Kind.MESSAGE
                ? pdf.longestWord(shown, PackDocument.TEXT_SIZE, false)
                : pdf.textWidth(shown, PackDocument.TEXT_SIZE, false);
    }

    private String value(AgendaItem item, String key) {
        return AgendaTable.figure(item, key).map(this::display).orElse("");
    }

    private void decisions(PackDocument pdf) {
        pdf.heading(t("review.decisions"), 1);
        if (content.decisions().isEmpty()) {
            pdf.text(t("governance.pack.no-decisions"), 10, false, PackDocument.MUTED);
            return;
        }
        List<List<Phrase>> rows = content.decisions().stream()
                .map(d -> List.of(
                        new Phrase(t("decision-outcome." + d.outcome().name()), pdf.font(9, true, PackDocument.INK)),
                        new Phrase(d.title(), pdfFont(pdf, false)),
                        new Phrase(d.rationale() == null ? "" : d.rationale(), pdfFont(pdf, false)),
                        new Phrase(
                                content.names().of(d.decidedBy()) + ", "
                                        + Formats.date(d.decidedOn(), content.locale()),
                                pdfFont(pdf, false))))
                .toList();
        pdf.table(
                List.of(
                        t("steering-decision.outcome"),
                        t("steering-decision.title"),
                        t("steering-decision.rationale"),
                        t("steering-decision.decided")),
                rows,
                new float[] {1.2f, 2.5f, 4, 1.5f});
    }

    private void actions(PackDocument pdf) {
        pdf.heading(t("governance.pack.open-actions"), 1);
        if (content.openActions().isEmpty()) {
            pdf.text(t("governance.pack.no-actions"), 10, false, PackDocument.MUTED);
            return;
        }
        List<List<Phrase>> rows = content.openActions().stream()
                .map(a -> List.of(
                        new Phrase(a.title(), pdfFont(pdf, false)),
                        new Phrase(a.decisionTitle() == null ? "" : a.decisionTitle(), pdfFont(pdf, false)),
                        new Phrase(content.names().of(a.owner()), pdfFont(pdf, false)),
                        new Phrase(Formats.date(a.dueOn(), content.locale()), pdfFont(pdf, a.overdue())),
                        new Phrase(
                                t(
                                        a.overdue()
                                                ? "steering-action.overdue"
                                                : "action-status." + a.status().name()),
                                pdfFont(pdf, a.overdue()))))
                .toList();
        pdf.table(
                List.of(
                        t("steering-action.title"),
                        t("steering-action.decision"),
                        t("steering-action.owner"),
                        t("steering-action.due-on"),
                        t("steering-action.status")),
                rows,
                new float[] {4, 3, 1.2f, 1.2f, 1.2f});
    }

    private static org.openpdf.text.Font pdfFont(PackDocument pdf, boolean bold) {
        return pdf.font(9, bold, PackDocument.INK);
    }

    private String display(AgendaFigure figure) {
        return figure.display(content.locale(), this::t);
    }

    private String t(String key, Object... args) {
        return io.pxportal.shared.i18n.Sentences.message(messages, key, args, "!" + key, content.locale());
    }
}

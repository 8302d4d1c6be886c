package io.pxportal.governance;

import io.pxportal.portfolio.PlatformRef;
import io.pxportal.shared.agenda.AgendaChart;
import io.pxportal.shared.agenda.AgendaFigure;
import io.pxportal.shared.agenda.AgendaItem;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.i18n.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** Columns the "label: value" lines of an item with more figures than table columns are spread over. */
    private static final int STACKED_COLUMNS = 3;

    private final PackContent content;
    private final MessageSource messages;
    private final DoubleConsumer progress;

    PackWriter(PackContent content, MessageSource messages, DoubleConsumer progress) {
        this.content = content;
        this.messages = messages;
        this.progress = progress;
    }

    byte[] write() {
        PackDocument pdf = new PackDocument(Languages.isRightToLeft(content.locale()),
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
        return pdf.finish((page, pages) -> content.review().title() + "  ·  "
                + t("governance.pack.page", page, pages));
    }

    private void cover(PackDocument pdf) {
        ReviewView review = content.review();
        Agenda agenda = content.agenda();
        pdf.heading(t("governance.pack.title"), 1);
        pdf.text(review.title(), 22, true, PackDocument.INK);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t("review.held-on"), Formats.date(review.heldOn(), content.locale())});
        facts.add(new String[] {t("review.platforms"),
                review.platforms().stream().map(PlatformRef::name).collect(Collectors.joining(", "))});
        facts.add(new String[] {t("review.attendees"),
                review.attendees().isEmpty() ? "—" : String.join(", ", review.attendees())});
        facts.add(new String[] {t("review.status"), t("review-status." + review.status().name())});
        facts.add(new String[] {t("review.agenda"), t(agenda.frozen() ? "review.agenda.frozen" : "review.agenda.live",
                Formats.date(agenda.asOf(), content.locale()), Formats.date(agenda.until(), content.locale()))});
        if (review.closedAt() != null) {
            facts.add(new String[] {"", t("review.closed-by", review.closedBy(),
                    Formats.dateTime(review.closedAt(), content.zone(), content.locale()))});
        }
        if (review.notes() != null) {
            facts.add(new String[] {t("review.notes"), review.notes()});
        }
        pdf.facts(facts);
        pdf.text(t("governance.pack.generated", Formats.dateTime(content.generatedAt(), content.zone(),
                content.locale()), content.generatedBy()), 8, false, PackDocument.MUTED);
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
            pdf.charts(charts.stream().map(AgendaChart::chart).toList(),
                    charts.stream().map(AgendaChart::title).toList(), 200, t("chart.empty"));
        }
    }

    /** One row per item, one column per figure label the section's items use (in their order). */
    private void items(PackDocument pdf, List<AgendaItem> items) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        items.forEach(item -> item.figures().forEach(f -> columns.putIfAbsent(f.labelKey(), columns.size())));
        boolean stacked = columns.size() > MAX_FIGURE_COLUMNS;
        List<String> headers = new ArrayList<>();
        headers.add(t("review.agenda.item"));
        if (stacked) {
            headers.add(t("review.agenda.figures"));
            for (int i = 1; i < STACKED_COLUMNS; i++) {
                headers.add("");
            }
        } else {
            columns.keySet().forEach(key -> headers.add(t(key)));
        }
        float[] widths = new float[headers.size()];
        java.util.Arrays.fill(widths, 1);
        // The item's title may wrap; a figure should not: with eight figures a column keeps room for "€100,000.00".
        widths[0] = stacked ? 1 : 2;
        List<List<Phrase>> rows = new ArrayList<>();
        for (AgendaItem item : items) {
            List<Phrase> row = new ArrayList<>();
            Phrase title = new Phrase(item.title(), pdfFont(pdf, false));
            if (item.needsDecision()) {
                title.add(Chunk.NEWLINE);
                title.add(new Chunk(t("governance.pack.decision-needed"), pdf.font(8, true, PackDocument.ACCENT)));
            }
            row.add(title);
            if (stacked) {
                List<String> lines = item.figures().stream().map(f -> t(f.labelKey()) + ": " + display(f)).toList();
                int perColumn = (lines.size() + STACKED_COLUMNS - 1) / STACKED_COLUMNS;
                for (int c = 0; c < STACKED_COLUMNS; c++) {
                    int from = Math.min(lines.size(), c * perColumn);
                    int to = Math.min(lines.size(), from + perColumn);
                    row.add(new Phrase(String.join("\n", lines.subList(from, to)), pdfFont(pdf, false)));
                }
            } else {
                String[] cells = new String[columns.size()];
                java.util.Arrays.fill(cells, "");
                item.figures().forEach(f -> cells[columns.get(f.labelKey())] = display(f));
                for (String cell : cells) {
                    row.add(new Phrase(cell, pdfFont(pdf, false)));
                }
            }
            rows.add(row);
        }
        pdf.table(headers, rows, widths);
    }

    private void decisions(PackDocument pdf) {
        pdf.heading(t("review.decisions"), 1);
        if (content.decisions().isEmpty()) {
            pdf.text(t("governance.pack.no-decisions"), 10, false, PackDocument.MUTED);
            return;
        }
        List<List<Phrase>> rows = content.decisions().stream().map(d -> List.of(
                new Phrase(t("decision-outcome." + d.outcome().name()), pdf.font(9, true, PackDocument.INK)),
                new Phrase(d.title(), pdfFont(pdf, false)),
                new Phrase(d.rationale() == null ? "" : d.rationale(), pdfFont(pdf, false)),
                new Phrase(d.decidedBy() + ", " + Formats.date(d.decidedOn(), content.locale()), pdfFont(pdf, false))))
                .toList();
        pdf.table(List.of(t("steering-decision.outcome"), t("steering-decision.title"),
                t("steering-decision.rationale"), t("steering-decision.decided")), rows, new float[] {1.2f, 2.5f, 4, 1.5f});
    }

    private void actions(PackDocument pdf) {
        pdf.heading(t("governance.pack.open-actions"), 1);
        if (content.openActions().isEmpty()) {
            pdf.text(t("governance.pack.no-actions"), 10, false, PackDocument.MUTED);
            return;
        }
        List<List<Phrase>> rows = content.openActions().stream().map(a -> List.of(
                new Phrase(a.title(), pdfFont(pdf, false)),
                new Phrase(a.decisionTitle() == null ? "" : a.decisionTitle(), pdfFont(pdf, false)),
                new Phrase(a.owner(), pdfFont(pdf, false)),
                new Phrase(Formats.date(a.dueOn(), content.locale()), pdfFont(pdf, a.overdue())),
                new Phrase(t(a.overdue() ? "steering-action.overdue" : "action-status." + a.status().name()),
                        pdfFont(pdf, a.overdue())))).toList();
        pdf.table(List.of(t("steering-action.title"), t("steering-action.decision"), t("steering-action.owner"),
                t("steering-action.due-on"), t("steering-action.status")), rows, new float[] {4, 3, 1.2f, 1.2f, 1.2f});
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

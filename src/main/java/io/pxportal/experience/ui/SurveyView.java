package io.pxportal.experience.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.pxportal.experience.Quarter;
import io.pxportal.experience.SurveyAnswers;
import io.pxportal.experience.SurveyQuestion;
import io.pxportal.experience.SurveyResults;
import io.pxportal.experience.SurveyService;
import io.pxportal.portfolio.PlatformFilter;
import io.pxportal.portfolio.PlatformRef;
import io.pxportal.portfolio.PlatformService;
import io.pxportal.shared.domain.DomainException;
import io.pxportal.shared.i18n.Formats;
import io.pxportal.shared.security.CurrentUser;
import io.pxportal.shared.security.Role;
import io.pxportal.shared.ui.EmptyState;
import io.pxportal.shared.ui.InMenuSection;
import io.pxportal.shared.ui.MenuSection;
import io.pxportal.shared.ui.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The PO pulse: a product owner answers a platform's questions once a quarter; everyone sees the results of a
 * quarter once enough answers exist — never a single answer.
 */
@Route("experience/survey")
@Menu(title = "menu.experience.survey", order = 73, icon = "vaadin:comments-o")
@InMenuSection(MenuSection.EXPERIENCE)
@PermitAll
public class SurveyView extends VerticalLayout implements HasDynamicTitle {

    private final transient SurveyService survey;
    private final ComboBox<PlatformRef> platform = new ComboBox<>();
    private final Select<Quarter> period;
    private final Div form = new Div();
    private final Div results = new Div();
    private final EmptyState choose = new EmptyState(VaadinIcon.COMMENTS_O, "", null);

    public SurveyView(SurveyService survey, PlatformService platforms) {
        this.survey = survey;
        H2 title = new H2(getTranslation("menu.experience.survey"));
        title.addClassName("px-page-title");
        platform.setId("survey-platform");
        platform.setLabel(getTranslation("experience.platform"));
        platform.setItemLabelGenerator(PlatformRef::name);
        platform.setItems(
                q -> platforms.refs(q.getFilter().orElse(""), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        period = ScoreTexts.quarterSelect(this, "survey-period", survey.openQuarter());
        platform.addValueChangeListener(e -> show());
        period.addValueChangeListener(e -> showResults());
        HorizontalLayout bar = new HorizontalLayout(platform, period);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setId("survey-form");
        results.setId("survey-results");
        results.addClassName("px-panel");
        results.setVisible(false);
        choose.setId("survey-empty");
        add(title, new Paragraph(getTranslation("experience.survey.intro")), bar, choose, form, results);
        // A product owner answers for their own platforms: open on the first of them instead of an empty page
        if (CurrentUser.hasRole(Role.PRODUCT_OWNER)) {
            platforms
                    .page(new PlatformFilter(null, null, null, null, true), PageRequest.of(0, 1, Sort.by("name")))
                    .stream()
                    .findFirst()
                    .ifPresent(p -> platform.setValue(new PlatformRef(p.id(), p.name())));
        }
        showChoice();
    }

    /** Without a platform there is nothing to answer or show: say what choosing one gives (no empty box). */
    private void showChoice() {
        boolean none = platform.getValue() == null;
        choose.setVisible(none);
        if (none) {
            choose.show(
                    VaadinIcon.COMMENTS_O,
                    getTranslation("empty.survey.choose"),
                    getTranslation(
                            CurrentUser.hasRole(Role.PRODUCT_OWNER)
                                    ? "empty.survey.choose.owner"
                                    : "empty.survey.choose.reader"));
        }
    }

    private void show() {
        showChoice();
        showForm();
        showResults();
    }

    private void showForm() {
        form.removeAll();
        if (platform.getValue() == null || !CurrentUser.hasRole(Role.PRODUCT_OWNER)) {
            return;
        }
        if (survey.answered(platform.getValue().id())) {
            form.add(new Paragraph(getTranslation(
                    "experience.survey.thanks", survey.openQuarter().toString())));
            return;
        }
        form.add(new H3(getTranslation(
                "experience.survey.your-answer", survey.openQuarter().toString())));
        Map<SurveyQuestion, RadioButtonGroup<Integer>> ratings = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion q : SurveyQuestion.values()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("experience.survey.question." + q));
            group.setId("survey-" + q.name().toLowerCase());
            group.setItems(List.of(1, 2, 3, 4, 5));
            group.setItemLabelGenerator(i -> getTranslation("experience.survey.likert." + i));
            ratings.put(q, group);
            form.add(new Div(group));
        }
        TextArea comment = new TextArea(getTranslation("experience.survey.comment"));
        comment.setId("survey-comment");
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Button submit = new Button(getTranslation("experience.survey.submit"));
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            Map<SurveyQuestion, Integer> answers = new EnumMap<>(SurveyQuestion.class);
            ratings.forEach((q, g) -> {
                if (g.getValue() != null) {
                    answers.put(q, g.getValue());
                }
            });
            try {
                survey.answer(platform.getValue().id(), new SurveyAnswers(answers, comment.getValue()));
                Notifications.success(getTranslation("experience.survey.recorded"));
                show();
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        form.add(comment, submit);
    }

    private void showResults() {
        results.removeAll();
        results.setVisible(platform.getValue() != null && period.getValue() != null);
        if (!results.isVisible()) {
            return;
        }
        SurveyResults r = survey.results(platform.getValue().id(), period.getValue());
        results.add(
                new H3(getTranslation("experience.survey.results", r.period().label(getLocale()))));
        if (!r.shown()) {
            Paragraph hidden = new Paragraph(getTranslation("experience.survey.hidden", r.responses(), r.threshold()));
            hidden.setId("survey-hidden");
            results.add(hidden);
            return;
        }
        results.add(new Paragraph(getTranslation("experience.survey.responses", r.responses())));
        UnorderedList means = new UnorderedList();
        means.setId("survey-means");
        r.means()
                .forEach((q, mean) -> means.add(new ListItem(
                        getTranslation("experience.survey.question." + q) + ": " + Formats.number(mean, getLocale()))));
        results.add(means);
        if (!r.comments().isEmpty()) {
            results.add(new H3(getTranslation("experience.survey.comments")));
            UnorderedList comments = new UnorderedList();
            r.comments().forEach(c -> comments.add(new ListItem(c)));
            results.add(comments);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experience.survey");
    }
}

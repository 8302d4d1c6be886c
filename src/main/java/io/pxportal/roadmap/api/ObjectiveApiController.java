package io.pxportal.roadmap.api;

import io.pxportal.roadmap.ObjectiveService;
import io.pxportal.roadmap.ObjectiveView;
import io.pxportal.roadmap.api.RoadmapInputs.ObjectiveInput;
import io.pxportal.roadmap.api.RoadmapInputs.WeightsInput;
import io.pxportal.roadmap.api.RoadmapResources.Objective;
import io.pxportal.roadmap.api.RoadmapResources.WeightSet;
import io.pxportal.shared.api.ApiController;
import io.pxportal.shared.api.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@RequestMapping("/api/v1/roadmap")
@Tag(
        name = "Roadmap objectives",
        description = "Strategic objectives and their versioned weight sets. Everyone "
                + "reads; STEERING and admins change them. A change of weights is a new set in force from a quarter that has "
                + "not ended, so the scores of past quarters never change.")
class ObjectiveApiController {

    private final ObjectiveService objectives;

    ObjectiveApiController(ObjectiveService objectives) {
        this.objectives = objectives;
    }

    @GetMapping("/objectives")
    @Operation(summary = "All objectives", description = "By code, each with its weight this quarter.")
    List<Objective> list() {
        return objectives.list().stream().map(Objective::of).toList();
    }

    @GetMapping("/objectives/{id}")
    @Operation(summary = "One objective")
    ResponseEntity<Objective> get(@PathVariable Long id) {
        ObjectiveView objective = objectives.get(id);
        return ResponseEntity.ok().eTag(ETags.of(objective.draft().version())).body(Objective.of(objective));
    }

    @PostMapping("/objectives")
    @Operation(
            summary = "Create an objective",
            description = "STEERING and admins. Its weight comes with the next " + "weight set.")
    ResponseEntity<Objective> create(@RequestBody ObjectiveInput input) {
        ObjectiveView objective = objectives.create(input.toDraft(null));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                        .path("/{id}")
                        .buildAndExpand(objective.id())
                        .toUri())
                .eTag(ETags.of(objective.draft().version()))
                .body(Objective.of(objective));
    }

    @PutMapping("/objectives/{id}")
    @Operation(summary = "Change an objective", description = "Needs If-Match with the ETag you read.")
    ResponseEntity<Objective> update(
            @PathVariable Long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ObjectiveInput input) {
        ObjectiveView objective = objectives.update(id, input.toDraft(ETags.versionFrom(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.of(objective.draft().version())).body(Objective.of(objective));
    }

    @DeleteMapping("/objectives/{id}")
    @Operation(summary = "Delete an objective", description = "Only one nobody rated or required. Needs If-Match.")
    ResponseEntity<Void> delete(
            @PathVariable Long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        objectives.delete(id, ETags.versionFrom(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/weights")
    @Operation(
            summary = "Every weight set",
            description = "Newest first; the set in force for a quarter is the "
                    + "newest whose effective quarter is not later than it.")
    List<WeightSet> weightSets() {
        return objectives.weightSets().stream().map(WeightSet::of).toList();
    }

    @PostMapping("/weights")
    @Operation(
            summary = "Agree new weights",
            description =
                    "STEERING and admins. Writes a new weight set in force "
                            + "from `effectiveQuarter` (this quarter or later); `basedOn` is the id of the newest set you read.")
    ResponseEntity<WeightSet> changeWeights(@RequestBody WeightsInput input) {
        return ResponseEntity.status(201)
                .body(WeightSet.of(objectives.changeWeights(
                        input.weights() == null ? Map.of() : input.weights(),
                        RoadmapInputs.quarter(input.effectiveQuarter()),
                        input.note(),
                        input.basedOn())));
    }
}

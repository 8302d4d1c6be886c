package io.pxportal.shared.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers a path under {@code /api} that no controller serves with a 404 problem. Without it the request would fall
 * through to Vaadin, which is mapped at {@code /*} and would answer with an HTML page.
 */
@ApiController
@Hidden
class ApiFallbackController {

    private final ApiMessages messages;

    ApiFallbackController(ApiMessages messages) {
        this.messages = messages;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> noSuchResource(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiProblems.problem(
                        HttpStatus.NOT_FOUND, messages.get("api.error.no-such-resource"), request.getRequestURI()));
    }
}

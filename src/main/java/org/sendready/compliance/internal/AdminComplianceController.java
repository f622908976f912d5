package org.sendready.compliance.internal;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators (the security configuration admits only them to /admin) edit their tenant's requirements and say
 * which organisation their deployment serves. Changes apply to their own tenant only.
 */
@Controller
class AdminComplianceController {

    private static final Pattern LA_CODE = Pattern.compile("[0-9A-Za-z]{1,10}");
    private static final Pattern URN = Pattern.compile("[0-9]{5,8}");

    private final Requirements requirements;
    private final Organisations organisations;
    private final ComplianceCalendar calendar;

    AdminComplianceController(Requirements requirements, Organisations organisations, ComplianceCalendar calendar) {
        this.requirements = requirements;
        this.organisations = organisations;
        this.calendar = calendar;
    }

    @GetMapping("/admin/compliance")
    String page(@AuthenticationPrincipal LaunchContext launch, Model model) {
        long tenantId = launch.tenant().id();
        if (!model.containsAttribute("yaml")) {
            model.addAttribute("yaml", requirements.text(tenantId));
        }
        List<Requirement> current = requirements.forTenant(tenantId);
        model.addAttribute("requirements", current);
        model.addAttribute("unknownCourses", requirements.unknownCourses(current));
        model.addAttribute("history", requirements.history(tenantId));
        model.addAttribute("mapping", organisations.mapping(tenantId).orElse(null));
        model.addAttribute("kinds", Organisation.Kind.values());
        model.addAttribute("deployment", launch.tenant().deploymentId());
        return "compliance/admin";
    }

    @PostMapping("/admin/compliance/requirements")
    String saveRequirements(@AuthenticationPrincipal LaunchContext launch, @RequestParam String yaml, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        RequirementsYaml.Parsed parsed = requirements.save(launch.tenant().id(), yaml, launch.userId(),
                calendar.now());
        if (!parsed.valid()) {
            model.addAttribute("yaml", yaml);
            model.addAttribute("problems", parsed.problems());
            page(launch, model);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "compliance/admin";
        }
        redirect.addFlashAttribute("saved", "Requirements saved. Every dashboard now uses them.");
        return "redirect:/admin/compliance";
    }

    @PostMapping("/admin/compliance/deployment")
    String saveMapping(@AuthenticationPrincipal LaunchContext launch,
                       @RequestParam(required = false) String laCode, @RequestParam(required = false) String urn,
                       @RequestParam String orgType, @RequestParam(required = false) String name,
                       @RequestParam(required = false) String remove, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        long tenantId = launch.tenant().id();
        if (remove != null) {
            organisations.removeMapping(tenantId);
            redirect.addFlashAttribute("saved", "The deployment mapping was removed.");
            return "redirect:/admin/compliance";
        }
        String la = blankToNull(laCode);
        String school = blankToNull(urn);
        Organisation.Kind kind = Organisation.Kind.fromOrgType(orgType).orElse(null);
        if (kind == null) {
            try {
                kind = Organisation.Kind.valueOf(orgType);
            } catch (IllegalArgumentException e) {
                kind = null;
            }
        }
        if (la == null && school == null || la != null && !LA_CODE.matcher(la).matches()
                || school != null && !URN.matcher(school).matches() || kind == null || kind == Organisation.Kind.LMS) {
            model.addAttribute("mappingProblem", "Give an LA code (up to 10 letters or digits) or a school URN "
                    + "(5 to 8 digits), or both, and the type of organisation.");
            page(launch, model);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "compliance/admin";
        }
        String trimmedName = blankToNull(name);
        organisations.saveMapping(tenantId, new Organisations.DeploymentMapping(la, school, kind,
                trimmedName == null ? null : trimmedName.substring(0, Math.min(500, trimmedName.length()))),
                launch.userId(), calendar.now());
        redirect.addFlashAttribute("saved", "Launches from this deployment that name no organisation now count "
                + "towards the one you gave.");
        return "redirect:/admin/compliance";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

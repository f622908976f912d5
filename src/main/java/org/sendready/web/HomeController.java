package org.sendready.web;

import org.sendready.core.ToolUrls;
import org.sendready.lti.LaunchContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tool's front page (registration details for LMS administrators) and the learner's landing page. */
@Controller
class HomeController {

    private final ToolUrls urls;
    private final boolean demo;

    HomeController(ToolUrls urls, Environment environment) {
        this.urls = urls;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("base", urls.base());
        model.addAttribute("demo", demo);
        return "home";
    }

    @GetMapping("/welcome")
    String welcome(@AuthenticationPrincipal LaunchContext launch, Model model) {
        model.addAttribute("launch", launch);
        return "welcome";
    }
}

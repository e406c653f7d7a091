"""Writes labels.json. Each entry: rule, path, exact substring of one line."""
import json

P = [
    # claims.banned
    ("claims.banned", "marketing/social/launch-posts.txt", "Zero Paperwork trips are here"),
    ("claims.banned", "sales/emails/cold-outreach-trust.md",
     "we help your schools run risk-free trips"),
    ("claims.banned", "sales/calls/demo-call-business-manager.txt",
     "Rep: Honestly, once everything's in Waymark Trips your school ticks every safeguarding"),
    ("claims.banned", "marketing/email/spring-newsletter.md",
     "Switch the reminders on and the late payers simply stop: every balance is in before the"),
    # drift.retired
    ("drift.retired", "sales/calls/discovery-call-trip-leader.txt",
     "Rep: The way I always put it is, book any trip in three clicks, and you're back to your"),
    ("drift.retired", "marketing/ads/search-ads.txt",
     "The easiest way to take a class out of the classroom."),
    ("drift.retired", "marketing/social/launch-posts.txt",
     "Three clicks and your trip is booked, wherever you're headed."),
    ("drift.retired", "marketing/web/index.html",
     "There's no simpler way to get your class out of school and into the world."),
    # terms.substitute
    ("terms.substitute", "sales/emails/follow-up-after-demo.md", "how TripDesk would"),
    ("terms.substitute", "marketing/email/product-update-march.md",
     "## Digital Permission Slips, now with photo consent"),
    ("terms.substitute", "sales/calls/pilot-close-call.txt", "you upload the RA once"),
    ("terms.substitute", "marketing/social/launch-posts.txt",
     "WM Trips now works offline on the coach."),
    # tone.avoid
    ("tone.avoid", "marketing/events/webinar-invite.md",
     "See the revolutionary new trip approval flow"),
    ("tone.avoid", "marketing/email/product-update-march.md",
     "registers are the game-changers that trip leaders mention most"),
    ("tone.avoid", "marketing/web/index.html",
     "Seamless payments for parents and business managers"),
    ("tone.avoid", "sales/emails/cold-outreach-trust.md", "Getting set up is super quick"),
    # tone.pressure
    ("tone.pressure", "marketing/email/spring-newsletter.md",
     "Sign up before midnight tonight or your school loses its founding price for good."),
    ("tone.pressure", "sales/emails/cold-outreach-trust.md",
     "We only have three onboarding slots left for the summer term, and once they're gone"),
    ("tone.pressure", "sales/emails/follow-up-after-demo.md",
     "Most schools in your trust have already moved across, and I'd hate for yours to be the"),
    ("tone.pressure", "marketing/ads/search-ads.txt",
     "Founding price ENDS FRIDAY. DON'T MISS IT."),
    ("tone.pressure", "marketing/social/launch-posts.txt", "Your trips, sorted!!!"),
    # audience.mismatch
    ("audience.mismatch", "marketing/landing/trips-without-the-paper-chase.md",
     "audience: business-manager"),
    ("audience.mismatch", "sales/emails/renewal-nudge.md", "audience: safeguarding-lead"),
]

L = [
    # claims.banned look-alikes
    ("claims.banned", "marketing/blog/safeguarding-records.md",
     "We don't promise risk-free trips, and you should be wary of anyone who does."),
    ("claims.banned", "marketing/blog/safeguarding-records.md",
     "risk-free, but every risk should be written down, weighed and signed off by the right"),
    ("claims.banned", "sales/objections/objection-handling.md",
     "It won't get you to zero paperwork, but it removes most of the re-keying"),
    ("claims.banned", "marketing/blog/safeguarding-records.md",
     "Compliance stays with your school; Waymark Trips gives your safeguarding lead the"),
    ("claims.banned", "sales/objections/objection-handling.md",
     "Be careful here. Compliance stays with the school; Waymark Trips gives the safeguarding"),
    ("claims.banned", "marketing/email/spring-newsletter.md",
     "Automatic reminders mean far fewer late payments to chase by hand."),
    # drift.retired look-alikes
    ("drift.retired", "marketing/web/index.html",
     "Plan the whole trip, from itinerary to risk assessment, parent consent and payments,"
     " in one place."),
    ("drift.retired", "marketing/blog/plan-the-whole-trip.md",
     "Every trip, from a museum afternoon to a week abroad, follows the same approval path."),
    ("drift.retired", "marketing/blog/plan-the-whole-trip.md",
     "Learning outside the classroom works best when the whole school can see the plan."),
    ("drift.retired", "marketing/email/spring-newsletter.md",
     "Parents pay in a couple of taps from the link in their text message."),
    ("drift.retired", "marketing/ads/search-ads.txt",
     "Copy last year's trip and change only what has changed."),
    # terms.substitute look-alikes
    ("terms.substitute", "marketing/email/product-update-march.md",
     "https://waymark.education/help/tripdesk-import"),
    ("terms.substitute", "marketing/email/product-update-march.md", "`tripdesk-export.csv`"),
    ("terms.substitute", "sales/objections/objection-handling.md",
     "phone booking service it calls \"TripDesk\""),
    ("terms.substitute", "marketing/case-studies/st-aldhelms.md",
     "The Year 8 visit to the RAF Museum"),
    ("terms.substitute", "sales/objections/objection-handling.md",
     "parents fill in the parent consent form online"),
    ("terms.substitute", "sales/objections/objection-handling.md",
     "with the business manager's permission"),
    ("terms.substitute", "marketing/blog/plan-the-whole-trip.md",
     "you open last year's trip and copy it: the itinerary, the risk assessment and the venue"),
    # tone.avoid look-alikes
    ("tone.avoid", "marketing/blog/safeguarding-records.md",
     "Supervision ratios for the group"),
    ("tone.avoid", "marketing/case-studies/st-aldhelms.md",
     "pupils were supervised in groups"),
    ("tone.avoid", "marketing/blog/plan-the-whole-trip.md",
     "the epicentre of Roman York"),
    ("tone.avoid", "marketing/case-studies/st-aldhelms.md",
     "Industrial Revolution galleries in Manchester"),
    # tone.pressure look-alikes
    ("tone.pressure", "marketing/events/webinar-invite.md", "The workshop is on 12 May"),
    ("tone.pressure", "sales/emails/follow-up-after-demo.md",
     "Prices are valid until the end of the quarter."),
    ("tone.pressure", "marketing/case-studies/st-aldhelms.md",
     "\"We had eleven days to get sixty parent consent forms back before the coach deposit was"),
    ("tone.pressure", "sales/calls/discovery-call-trip-leader.txt",
     "Prospect: We've got the Year 6 residential in five weeks and I haven't even started the"),
    ("tone.pressure", "sales/objections/objection-handling.md",
     "Staff sign in with SSO through Google Workspace or Microsoft 365"),
    ("tone.pressure", "sales/emails/follow-up-after-demo.md", "Thanks again for your time today!"),
    ("tone.pressure", "sales/emails/follow-up-after-demo.md", "Hi Dan,"),
    ("tone.pressure", "sales/calls/pilot-close-call.txt",
     "Applications for the spring pilot close on 28 February"),
    # audience.mismatch look-alikes (correctly declared)
    ("audience.mismatch", "marketing/blog/plan-the-whole-trip.md", "audience: trip-leader"),
    ("audience.mismatch", "marketing/blog/safeguarding-records.md",
     "audience: safeguarding-lead"),
    ("audience.mismatch", "sales/emails/cold-outreach-trust.md", "audience: business-manager"),
    ("audience.mismatch", "marketing/events/webinar-invite.md", "audience: trip-leader"),
]


def rows(items):
    return [{"rule": r, "path": p, "text": t} for r, p, t in items]


with open("labels.json", "w", encoding="utf-8") as f:
    json.dump({"planted": rows(P), "lookalikes": rows(L)}, f, indent=2, ensure_ascii=False)
    f.write("\n")

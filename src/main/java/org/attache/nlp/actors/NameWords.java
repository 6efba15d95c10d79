package org.attache.nlp.actors;

import java.util.Set;

/** Small closed word lists the resolution rules need: titles before names, and capitalised words that are not names. */
final class NameWords {

    private NameWords() {
    }

    /** Words that, right before a surname, make it a person ("President Biden", "Mr. Trump", "Gen. Milley"). */
    static final Set<String> TITLES = Set.of(
            "President", "Minister", "Secretary", "Chancellor", "Premier", "Mr", "Mrs", "Ms", "Miss", "Dr",
            "Sir", "Dame", "Lord", "Lady", "Baroness", "Senator", "Sen", "Rep", "Representative", "Congressman",
            "Congresswoman", "Governor", "Gov", "General", "Gen", "Admiral", "Adm", "Colonel", "Col", "Lieutenant",
            "Lt", "Major", "Maj", "Captain", "Capt", "Sergeant", "Sgt", "Commander", "Cmdr", "Marshal", "Ambassador",
            "Amb", "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Mullah", "Ayatollah", "Pope", "Speaker",
            "Leader", "Director", "Chairman", "Chairwoman", "Chair", "Commissioner", "Spokesman", "Spokeswoman",
            "Spokesperson", "Chief", "Professor", "Prof", "Father", "Judge", "Justice", "Envoy", "Deputy",
            "Counsel", "Attorney", "Mayor", "Officer", "Adviser", "Advisor");

    /**
     * Titles that are offices held by one person ("Secretary", "Director", "Officer"): a name right after
     * "Secretary of" or before "Officer" is part of the office's name ("Director of National Intelligence").
     */
    static final Set<String> POSTS = Set.of(
            "Secretary", "Director", "Administrator", "Officer", "Manager", "Adviser", "Advisor", "Assistant",
            "Coordinator", "Commissioner", "Chairman", "Chairwoman", "Minister", "Spokesman", "Spokeswoman",
            "Spokesperson", "Counsel", "Envoy", "Ambassador", "Attorney", "Inspector", "Undersecretary",
            "Registrar", "Comptroller", "Ombudsman", "Rapporteur");

    /** Capitalised words that open sentences or headlines; before a surname they do not make it another person. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "Nor", "As", "If", "When", "While",
            "After", "Before", "Since", "So", "Then", "That", "This", "These", "Those", "It", "He", "She", "They",
            "We", "I", "You", "Today", "Yesterday", "Tonight", "Meanwhile", "However", "Also", "Both", "Not",
            "Under", "With", "Without", "From", "By", "Of", "To", "Did", "Does", "Do", "Has", "Have", "Had", "Is",
            "Was", "Were", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Where", "Why",
            "How", "What", "Who", "Whom", "Whose", "Which", "Dear", "Thank", "Thanks", "Ask", "Asked", "Said",
            "Says", "Told", "Tell", "Let", "Even", "Only", "Now", "Yet", "Still", "Though", "Although", "Because",
            "Unlike", "Like", "About", "Against", "Between", "During", "Until", "Upon", "Via", "Per", "Than",
            "Yes", "No", "Our", "Your", "My", "His", "Her", "Their", "Its", "Every", "Each", "All", "Some",
            "Many", "Most", "Much", "More", "Former", "Then-President", "Acting", "Incoming", "Outgoing", "Late");

    /** The last words of organisations' names ("Campaign Committee", "Defense Ministry"). */
    static final Set<String> ORGANISATION_HEADS = Set.of(
            "Committee", "Ministry", "Department", "Agency", "Council", "Command", "Force", "Forces", "Party",
            "Office", "Service", "Services", "Army", "Navy", "Guard", "Corps", "Bureau", "Directorate",
            "Administration", "Authority", "Commission", "Institute", "Centre", "Center", "Union", "Organization",
            "Organisation", "Federation", "Front", "Movement", "Brigade", "Brigades", "Regiment", "Division",
            "Unit", "Group", "Embassy", "Consulate", "Mission", "Delegation", "Marines", "Troops", "Police", "Guards");

    /**
     * The last words of the names of laws, plans, documents and events ("Foreign Agents Registration
     * Act", "Membership Action Plan", "Madrid Summit"): such names are not actors.
     */
    static final Set<String> NOT_ACTOR_HEADS = Set.of(
            "Act", "Acts", "Plan", "Plans", "Policy", "Policies", "Agreement", "Agreements", "Memorandum",
            "Regulation", "Regulations", "Supplement", "Schedule", "Schedules", "Product", "Pledge", "Package",
            "Agenda", "Strategy", "Program", "Programme", "Directive", "Directives", "Order", "Treaty",
            "Convention", "Accord", "Accords", "Charter", "Declaration", "Communiqué", "Communique", "Concept",
            "Framework", "Guidelines", "Report", "Conference", "Summit", "Exercise", "Doctrine", "Law", "Bill",
            "Resolution", "Statement", "Review", "Toolkit", "Guide", "Handbook", "Manual", "Decision", "Decisions",
            "Conclusions", "Publication", "Architecture");

    /** Capitalised words a name finder may tag alone that are never a name on their own. */
    static final Set<String> NOT_NAMES = Set.of(
            "Allies", "Ally", "Allied", "Alliance", "Government", "Governments", "Ministry", "Ministers", "Minister",
            "President", "Presidents", "Prime", "Secretary", "Army", "Navy", "Summit", "Committee", "Council",
            "Department", "State", "States", "Member", "Members", "Nation", "Nations", "Parliament", "Congress",
            "Administration", "Cabinet", "Embassy", "Office", "Agency", "Forces", "Force", "Command", "Headquarters",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December",
            "Q", "A", "Mr", "Mrs", "Ms", "Dr", "Sir", "God", "Internet", "Web", "Cyber", "Article", "Section",
            "Chapter", "Annex", "Figure", "Table", "Page", "Photo", "Image", "Video", "Read", "More", "Share",
            "Print", "Email", "Menu", "Home", "Search", "Contact", "Subscribe", "Related", "News", "Press",
            "Release", "Statement", "Declaration", "Communique", "Communiqué", "Fact", "Sheet", "Remarks",
            "West", "East", "North", "South", "Western", "Eastern", "Northern", "Southern");

    /** A word that is no name on its own: a function word, a title, or one of {@link #NOT_NAMES}. */
    static boolean neverAName(String word) {
        return NOT_NAMES.contains(word) || FUNCTION_WORDS.contains(word) || TITLES.contains(word);
    }
}

namespace Hotline.Organization.Households;

/// <summary>An owner's phone numbers in a registry cell: separated by ';', each 5 to 20 digits with an optional leading '+'.</summary>
public static class HouseholdPhones
{
    public static List<string> Parse(int line, string cell, List<HouseholdProblem> problems)
    {
        var phones = new List<string>();
        foreach (var raw in cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // Spaces, dashes and brackets are how people write numbers, not part of them.
            var phone = new string(raw.Where(c => c is not (' ' or '-' or '(' or ')')).ToArray());
            var digits = phone.StartsWith('+') ? phone[1..] : phone;
            if (digits.Length is < 5 or > 20 || !digits.All(char.IsAsciiDigit))
            {
                // The value is not repeated back: a phone number is personal data.
                problems.Add(new(line, "phones", "is not a list of phone numbers (each 5 to 20 digits, optional leading +, separated by ';')"));
                return phones;
            }

            phones.Add(phone);
        }

        if (phones.Count > HouseholdCsv.MaxPhones)
        {
            problems.Add(new(line, "phones", $"at most {HouseholdCsv.MaxPhones} phone numbers per household"));
        }

        return phones;
    }
}

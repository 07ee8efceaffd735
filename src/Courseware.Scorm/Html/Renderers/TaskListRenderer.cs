using Markdig.Extensions.TaskLists;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A task list box as a symbol with its state in words, rather than a disabled checkbox that has no label.</summary>
public sealed class TaskListRenderer : ScormObjectRenderer<TaskList>
{
    protected override void Write(ScormHtmlRenderer renderer, TaskList task)
    {
        var strings = renderer.Context.Strings;
        renderer.Write("<span class=\"cw-task\" aria-hidden=\"true\">").Write(task.Checked ? "\u2611" : "\u2610").Write("</span>");
        renderer.Write("<span class=\"cw-visually-hidden\">").WriteEscape(task.Checked ? strings["taskDone"] : strings["taskTodo"]).Write(" : </span>");
    }
}

return Courseware.Cli.CoursewareCommand.Run(args, Console.Out, Console.Error);
